-- Issue 11 item 1: the teacher's, deputy's and parent's daily reads use an index whatever the
-- size of the municipality. Every school-owned query carries the tenant's school_id (EclipseLink
-- single-table multitenancy), so the keys lead with school_id: the planner narrows to one school
-- first, and it is the key a sharded PostgreSQL would distribute by. Plain CREATE INDEX: it runs on
-- H2 (quick start) and PostgreSQL alike, and the demo loader re-creates it from the catalogue.

-- The journal list's "journals of earlier years only" (group by assignment, max date) reads the
-- school's lessons from this index alone; the grid's lessons, marks and attendance of a month
-- join through it (lesson_uq leads with assignment_id and has no school).
create index lesson_school_assignment_ix on lesson (school_id, assignment_id, lesson_date);

-- The substitute lookup (R-J06): lessons this teacher gave in another's journal since a date.
-- given_by is empty on almost every lesson, so this index is small and the lookup seq-scanned
-- lesson before it.
create index lesson_school_given_by_ix on lesson (school_id, given_by, lesson_date);

-- The diary (R-J13): a pupil's marks between two dates, joined to their lessons by lesson_id.
create index mark_school_pupil_ix on mark (school_id, pupil_id, lesson_id);

-- Who is calling: the teacher's staff row, the parent's guardian rows, the pupil's own row, each
-- found by account on every list, diary and timetable request.
create index staff_school_account_ix on staff (school_id, account_id);
create index guardian_school_account_ix on guardian (school_id, account_id);
create index pupil_school_account_ix on pupil (school_id, account_id);
