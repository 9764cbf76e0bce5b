-- Issue 12, "Speed": the department's overview (R-T02) under 3 s on the municipality demo.
-- Its month counted each of ~300,000 lessons' marks and attendance by five index probes (~1.25 M
-- probes, p95 3.5 s in OversightBench). Here each lesson's counts are kept in a row of their own,
-- so the month is a range of this table read in order (SchoolFigures.window).
--
-- Kept by statement-level triggers on lesson, mark and attendance, so every writer (the journal's
-- saves, the demo loader's COPY, a test's JDBC) keeps it without knowing of it, and a bulk load
-- updates each lesson's row once per statement, not once per mark. The row is the lesson's own:
-- a save already holds the lesson's row lock (CellGuard), so no writer waits for another it did
-- not wait for before (issue 11: no lock shared with other teachers). Deltas, not recounts: a save
-- costs one small UPDATE whatever the lesson's size.
--
-- PostgreSQL only (PL/pgSQL, transition tables): on H2, the quick start's few schools are counted
-- from the journal's tables on read, by the statement this table replaces.

create table lesson_figures (
    lesson_id     bigint primary key references lesson (id) on delete cascade,
    school_id     bigint not null,
    assignment_id bigint not null,
    lesson_date   date not null,
    no_topic      integer not null,   -- 1: the lesson has no topic
    homework_late integer not null,   -- 1: its homework was entered late (R-J05)
    marks         integer not null default 0,
    marks_late    integer not null default 0,
    entries       integer not null default 0,   -- attendance entries, lateness included
    entries_late  integer not null default 0,
    absences      integer not null default 0    -- attendance entries but lateness
);
create index lesson_figures_date_ix on lesson_figures (lesson_date);

-- Every lesson's counts from the journal's tables, in date order (a month is then a run of
-- neighbouring pages): here for the journal's present, and by the demo loader after a bulk load
-- (it switches the triggers off for its COPY, as it defers its indexes: DemoWriter).
create function lesson_figures_rebuild() returns void language sql as $$
delete from lesson_figures;
insert into lesson_figures
select l.id, l.school_id, l.assignment_id, l.lesson_date,
       case when l.topic is null then 1 else 0 end,
       case when l.homework_late then 1 else 0 end,
       coalesce(m.n, 0), coalesce(m.late, 0),
       coalesce(a.n, 0), coalesce(a.late, 0), coalesce(a.absent, 0)
from lesson l
left join (select lesson_id, count(*) n, count(*) filter (where late) late
           from mark group by lesson_id) m on m.lesson_id = l.id
left join (select lesson_id, count(*) n, count(*) filter (where late) late,
                  count(*) filter (where kind <> 'LATE') absent
           from attendance group by lesson_id) a on a.lesson_id = l.id
order by l.lesson_date, l.id;
$$;

select lesson_figures_rebuild();

-- The triggers do nothing while the session says so (set local journal.lesson_figures = 'off'):
-- only a bulk load that rebuilds the table afterwards does.
create function lesson_figures_of_lessons() returns trigger language plpgsql as $$
begin
    if current_setting('journal.lesson_figures', true) = 'off' then
        return null;
    end if;
    if tg_op = 'INSERT' then
        insert into lesson_figures (lesson_id, school_id, assignment_id, lesson_date, no_topic,
                                    homework_late)
        select n.id, n.school_id, n.assignment_id, n.lesson_date,
               case when n.topic is null then 1 else 0 end,
               case when n.homework_late then 1 else 0 end
        from new_rows n;
    else -- UPDATE (a delete takes the row with it: on delete cascade)
        update lesson_figures f
        set school_id = n.school_id, assignment_id = n.assignment_id,
            lesson_date = n.lesson_date,
            no_topic = case when n.topic is null then 1 else 0 end,
            homework_late = case when n.homework_late then 1 else 0 end
        from new_rows n
        where f.lesson_id = n.id
          and (f.school_id, f.assignment_id, f.lesson_date, f.no_topic, f.homework_late)
              is distinct from (n.school_id, n.assignment_id, n.lesson_date,
                                case when n.topic is null then 1 else 0 end,
                                case when n.homework_late then 1 else 0 end);
    end if;
    return null;
end
$$;

create trigger lesson_figures_lesson_insert after insert on lesson
    referencing new table as new_rows for each statement
    execute function lesson_figures_of_lessons();
create trigger lesson_figures_lesson_update after update on lesson
    referencing new table as new_rows for each statement
    execute function lesson_figures_of_lessons();

-- A mark counts +1 when it appears, −1 when it goes; a change moves it (its lesson, its flag).
create function lesson_figures_of_marks() returns trigger language plpgsql as $$
begin
    if current_setting('journal.lesson_figures', true) = 'off' then
        return null;
    end if;
    if tg_op = 'INSERT' then
        update lesson_figures f set marks = f.marks + d.n, marks_late = f.marks_late + d.late
        from (select lesson_id, count(*) n, count(*) filter (where late) late
              from new_rows group by lesson_id) d
        where f.lesson_id = d.lesson_id;
    elsif tg_op = 'DELETE' then
        update lesson_figures f set marks = f.marks - d.n, marks_late = f.marks_late - d.late
        from (select lesson_id, count(*) n, count(*) filter (where late) late
              from old_rows group by lesson_id) d
        where f.lesson_id = d.lesson_id;
    else
        update lesson_figures f set marks = f.marks + d.n, marks_late = f.marks_late + d.late
        from (select lesson_id, sum(n) n, sum(late) late
              from (select lesson_id, 1 n, case when late then 1 else 0 end late from new_rows
                    union all
                    select lesson_id, -1, case when late then -1 else 0 end from old_rows) c
              group by lesson_id) d
        where f.lesson_id = d.lesson_id and (d.n <> 0 or d.late <> 0);
    end if;
    return null;
end
$$;

create trigger lesson_figures_mark_insert after insert on mark
    referencing new table as new_rows for each statement
    execute function lesson_figures_of_marks();
create trigger lesson_figures_mark_update after update on mark
    referencing old table as old_rows new table as new_rows for each statement
    execute function lesson_figures_of_marks();
create trigger lesson_figures_mark_delete after delete on mark
    referencing old table as old_rows for each statement
    execute function lesson_figures_of_marks();

create function lesson_figures_of_attendance() returns trigger language plpgsql as $$
begin
    if current_setting('journal.lesson_figures', true) = 'off' then
        return null;
    end if;
    if tg_op = 'INSERT' then
        update lesson_figures f
        set entries = f.entries + d.n, entries_late = f.entries_late + d.late,
            absences = f.absences + d.absent
        from (select lesson_id, count(*) n, count(*) filter (where late) late,
                     count(*) filter (where kind <> 'LATE') absent
              from new_rows group by lesson_id) d
        where f.lesson_id = d.lesson_id;
    elsif tg_op = 'DELETE' then
        update lesson_figures f
        set entries = f.entries - d.n, entries_late = f.entries_late - d.late,
            absences = f.absences - d.absent
        from (select lesson_id, count(*) n, count(*) filter (where late) late,
                     count(*) filter (where kind <> 'LATE') absent
              from old_rows group by lesson_id) d
        where f.lesson_id = d.lesson_id;
    else
        update lesson_figures f
        set entries = f.entries + d.n, entries_late = f.entries_late + d.late,
            absences = f.absences + d.absent
        from (select lesson_id, sum(n) n, sum(late) late, sum(absent) absent
              from (select lesson_id, 1 n, case when late then 1 else 0 end late,
                           case when kind <> 'LATE' then 1 else 0 end absent
                    from new_rows
                    union all
                    select lesson_id, -1, case when late then -1 else 0 end,
                           case when kind <> 'LATE' then -1 else 0 end
                    from old_rows) c
              group by lesson_id) d
        where f.lesson_id = d.lesson_id and (d.n <> 0 or d.late <> 0 or d.absent <> 0);
    end if;
    return null;
end
$$;

create trigger lesson_figures_attendance_insert after insert on attendance
    referencing new table as new_rows for each statement
    execute function lesson_figures_of_attendance();
create trigger lesson_figures_attendance_update after update on attendance
    referencing old table as old_rows new table as new_rows for each statement
    execute function lesson_figures_of_attendance();
create trigger lesson_figures_attendance_delete after delete on attendance
    referencing old table as old_rows for each statement
    execute function lesson_figures_of_attendance();
