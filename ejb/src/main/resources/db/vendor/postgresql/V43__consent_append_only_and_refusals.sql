-- R-A05: the history of a parent's decisions on its personal data (V40 guardian_consent) is
-- append-only in the database itself, as the archive is (V23_1): a changed decision is a new row,
-- and UPDATE, DELETE and TRUNCATE are refused by triggers for the application's own user too (it
-- owns the table, so a missing GRANT would not stop it). The latest decision kept on the guardian
-- (guardian.consent) is a copy and may change; the history may not.
-- PostgreSQL only: H2 has no PL/pgSQL (the quick start's demo has no consents).

create function consent_refuse() returns trigger language plpgsql as $$
begin
    raise exception 'the consent history is append-only: % on % refused', tg_op, tg_table_name
        using errcode = '42501';
end
$$;

create trigger guardian_consent_no_change before update or delete on guardian_consent
    for each row execute function consent_refuse();
create trigger guardian_consent_no_truncate before truncate on guardian_consent
    for each statement execute function consent_refuse();

-- Every sign-in (the identity store's caller query) and, since a refusal also ends open sessions,
-- every request of a signed-in session (SessionStamps) asks whether the account's guardian refused.
-- The guardian's only index on account_id leads with school_id, so that question scanned the whole
-- index: 34 ms on the municipality demo's 60,000 guardians. Refusals are few; this index holds
-- them alone (the queries write the decision as a literal, which the predicate matches).
create index guardian_refused_account_ix on guardian (account_id) where consent = 'REFUSED';
