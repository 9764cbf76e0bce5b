-- The week diary (R-D01) reads the moved lessons of a pupil's journals from the audit trail
-- (Diary#week: subject SUBSTITUTION, detail 'moved', by journal). A journal's audit entries are
-- mostly marks, thousands a year; moves are a handful. This partial index holds the moves alone,
-- so a diary opening touches a few index rows instead of every entry of fifteen journals.
-- PostgreSQL only: H2 has no partial indexes (the quick start's trail is small).
-- The predicate names only the detail, which the query writes as a literal (the subject is a bound
-- parameter, which a generic plan could not match against a predicate).
create index audit_entry_moves_ix on audit_entry (assignment_id) where detail = 'moved';
