-- Issue 11, "reads that do not grow": a parent's children (the diary's first request) were found by
-- reading every pupil's guardians of the municipality (pupil_guardian's key leads with the pupil):
-- a sequential scan of 60,099 rows, 4.4 ms, on the municipality demo, growing with every family.
-- Also the foreign-key check when a guardian is removed reads by guardian.
create index pupil_guardian_guardian_ix on pupil_guardian (guardian_id, pupil_id);
