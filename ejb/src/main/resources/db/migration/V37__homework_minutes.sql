-- Homework volume against the age norms (issue 12, the deputy's item 13): the minutes a teacher
-- expects a homework to take, entered with it (optional), and a school's default per subject for
-- homework entered without minutes. Both null: the model's default (HomeworkNorms.DEFAULT_MINUTES).
alter table lesson add column homework_minutes smallint;
alter table subject add column homework_minutes smallint;
