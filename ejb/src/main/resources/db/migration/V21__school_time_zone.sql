-- A school whose clock differs from the municipality's (journal.timezone, Europe/Moscow by
-- default) names its own IANA zone; null means the municipality's.
alter table school add column time_zone varchar(64);
