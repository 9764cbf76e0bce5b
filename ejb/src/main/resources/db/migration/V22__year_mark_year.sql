-- A year mark belongs to an academic year (R-J12). A class keeps its row across years (the
-- rollover promotes it) and so does its journal of a subject, so "one per journal and pupil" let
-- last year's year mark and this year's collide: now one per journal, pupil and year.
--
-- Backfill: the year the mark was set in, not "the year of the journal's periods". A journal
-- outlives its years, so its periods belong to several of them and name none. The year a mark
-- was set against is the one the year-marks screen showed on the day it was set: the current year
-- of YearPeriods (the year containing the school's date, in the summer the latest year that has
-- begun, before any year has begun the earliest). That is what is computed here from entered_at,
-- taken at the school's own time zone (V21), or else the municipality's default, Moscow: a mark
-- set on the evening of 31 August UTC is already in the new year in Yekaterinburg. Every stored
-- mark has a year: none could be set without the current year's periods. The school's date is
-- read with to_char: H2 casts a timestamp with time zone to a date in the session's zone, not in
-- the value's own, so a plain cast would give the server's date there.

alter table year_mark add column year_id bigint;

update year_mark
   set year_id = coalesce(
       (select y.id from academic_year y
         where y.school_id = year_mark.school_id
           and y.starts_on = (
               select max(b.starts_on) from academic_year b, school s
                where b.school_id = year_mark.school_id
                  and s.id = year_mark.school_id
                  and b.starts_on <= cast(to_char(year_mark.entered_at
                          at time zone coalesce(s.time_zone, 'Europe/Moscow'), 'YYYY-MM-DD')
                          as date))),
       (select y.id from academic_year y
         where y.school_id = year_mark.school_id
           and y.starts_on = (
               select min(e.starts_on) from academic_year e
                where e.school_id = year_mark.school_id)));

alter table year_mark alter column year_id set not null;

alter table year_mark
    add constraint year_mark_year_fk foreign key (year_id) references academic_year (id);

alter table year_mark drop constraint year_mark_uq;

alter table year_mark add constraint year_mark_uq unique (assignment_id, pupil_id, year_id);

-- the summary sheet and the year-marks screen read a year's marks of a class's journals
create index year_mark_year_idx on year_mark (year_id, assignment_id);
