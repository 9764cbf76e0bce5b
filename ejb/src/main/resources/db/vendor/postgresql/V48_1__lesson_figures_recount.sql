-- V47_1 counted every lesson (lesson_figures_rebuild) before its triggers existed and without a
-- lock: a mark or attendance entry committed by a server still running the old version (a rolling
-- restart of the cluster) between that count's snapshot and the triggers' creation was never
-- counted, and its lesson's figures would stay wrong in the department's overview. Counted again
-- here with the journal's writes held off until this migration commits; the triggers keep the
-- counts from then on. SHARE ROW EXCLUSIVE lets reads go on and makes writers wait (on the
-- municipality demo — 3.8 M lessons, 19 M marks — for the 55 s of the recount).
lock table lesson, mark, attendance in share row exclusive mode;
select lesson_figures_rebuild();
