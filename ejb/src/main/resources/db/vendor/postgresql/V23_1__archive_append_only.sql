-- R-P03: the archive is append-only in the database itself, whatever the application does. Rows
-- may only be added; UPDATE, DELETE and TRUNCATE are refused by triggers, for the application's
-- own user as well (it owns the tables, so a missing GRANT would not stop it). The one exception:
-- a document's bytes may be deleted once its destruction act (archive_destruction) is recorded.
-- PostgreSQL only: H2 has no PL/pgSQL (README, "The archive").

create function archive_refuse() returns trigger language plpgsql as $$
begin
    raise exception 'the archive is append-only: % on % refused', tg_op, tg_table_name
        using errcode = '42501';
end
$$;

create function archive_content_delete() returns trigger language plpgsql as $$
begin
    if exists (select 1 from archive_destruction d where d.document_id = old.document_id) then
        return old;
    end if;
    raise exception 'archived bytes are deleted only by a destruction act (document %)',
        old.document_id using errcode = '42501';
end
$$;

create trigger archive_document_no_change before update or delete on archive_document
    for each row execute function archive_refuse();
create trigger archive_document_no_truncate before truncate on archive_document
    for each statement execute function archive_refuse();

create trigger archive_content_no_update before update on archive_content
    for each row execute function archive_refuse();
create trigger archive_content_by_act before delete on archive_content
    for each row execute function archive_content_delete();
create trigger archive_content_no_truncate before truncate on archive_content
    for each statement execute function archive_refuse();

create trigger archive_destruction_no_change before update or delete on archive_destruction
    for each row execute function archive_refuse();
create trigger archive_destruction_no_truncate before truncate on archive_destruction
    for each statement execute function archive_refuse();

create trigger archive_checkpoint_no_change before update or delete on archive_checkpoint
    for each row execute function archive_refuse();
create trigger archive_checkpoint_no_truncate before truncate on archive_checkpoint
    for each statement execute function archive_refuse();

create trigger signing_key_no_change before update or delete on signing_key
    for each row execute function archive_refuse();
create trigger signing_key_no_truncate before truncate on signing_key
    for each statement execute function archive_refuse();
