-- Issue 11, "reads that do not grow": every save and every grid asks which pupils of the school have
-- an individual plan in the journal's subject (JournalRoster, IndividualPlanLine.ofSubject), but the
-- table's only index leads with the pupil, so PostgreSQL read every plan line of the municipality.
create index individual_plan_line_school_subject_ix on individual_plan_line (school_id, subject_id);
