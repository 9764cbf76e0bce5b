-- Pupil import, second step. Portable SQL (PostgreSQL and H2 in PostgreSQL mode).

-- PupilImportIssue is school-owned like every entity of a school, and SchoolOwned maps the
-- optimistic-lock version column; V1 created the issue table without it.
alter table pupil_import_issue add column version bigint not null default 0;

-- The import page lists a school's latest imports, newest first.
create index pupil_import_school_ix on pupil_import (school_id, uploaded_at);
