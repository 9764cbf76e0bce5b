-- Issue 11 item 2, R-A08: a save no longer locks its school to chain its audit entry. It inserts
-- the entry pending (no position, no hashes) with its data change; the audit sequencer alone gives
-- pending entries their position and hashes, in order, in transactions of its own. An entry is
-- either pending (all three empty) or sequenced (all three set), never half of each.

alter table audit_entry alter column seq drop not null;
alter table audit_entry alter column prev_hash drop not null;
alter table audit_entry alter column hash drop not null;
alter table audit_entry add constraint audit_entry_sequenced_ck check (
    (seq is null and prev_hash is null and hash is null)
    or (seq is not null and prev_hash is not null and hash is not null));
