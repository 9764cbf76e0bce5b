-- The audit sequencer's work list: pending entries by school in insertion order. A partial index
-- stays as small as the sequencer's lag (H2, which has no partial indexes, scans its small table).
create index audit_entry_pending_ix on audit_entry (school_id, id) where seq is null;
