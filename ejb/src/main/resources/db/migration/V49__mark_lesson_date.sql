-- Issue 11, "reads that do not grow": the diary's marks of some weeks were found by the pupil's
-- marks of the whole year, each one's lesson then probed for its date (315 probes for 20 marks on the
-- municipality demo in December, more each month). A mark now keeps its lesson's date, so the
-- pupil's marks of a date range are one range of an index. The journal moves it with a moved
-- lesson (Substitutions.move); every other writer sets it with the mark.
alter table mark add column lesson_date date;
update mark set lesson_date = (select l.lesson_date from lesson l where l.id = mark.lesson_id);
alter table mark alter column lesson_date set not null;

-- Leads with the school (issue 11: the key a sharded PostgreSQL distributes by), then the pupil; it
-- replaces the index by pupil and lesson, which nothing reads in lesson order.
create index mark_school_pupil_date_ix on mark (school_id, pupil_id, lesson_date);
drop index mark_school_pupil_ix;
