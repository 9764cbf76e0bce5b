-- Issue 12, "Speed": the department's overview (R-T02) on the municipality demo (OversightBench).
-- PostgreSQL only, as V36: H2 has no partial indexes, and the quick start's few schools need none.

-- The overview's month: the lessons of every school between two dates. lesson's other indexes lead
-- with school_id or assignment_id, so the month (a tenth of the lessons) was a scan of them all.
create index lesson_date_ix on lesson (lesson_date);

-- The overview counts each lesson's marks and attendance by a probe of mark_uq / attendance_uq
-- (lesson_id first); the ones entered late are a handful, found here without reading the rows.
-- The predicate is the query's literal condition ("and m.late"), so the planner matches it.
create index mark_late_ix on mark (lesson_id) where late;
create index attendance_late_ix on attendance (lesson_id) where late;

-- The overview's latest ended period with final marks per school, then that period's marks:
-- period_mark_uq leads with assignment_id, so a period's marks were a scan of all periods' marks.
create index period_mark_period_ix on period_mark (period_id);
