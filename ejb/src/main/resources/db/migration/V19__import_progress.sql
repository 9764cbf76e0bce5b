-- How many items of its file an import has written, committed in each chunk's own transaction: the
-- position a restart resumes from even when the batch runtime's checkpoint is behind (R-P05).
alter table pupil_import add column items_done integer not null default 0;
