-- Issue 10, items 3-5 (archops). RFC 3161 time-stamp tokens of the archive's checkpoints, and the
-- claims by which one server of several runs a scheduled archive job.

-- A checkpoint's token from the configured time-stamping service: the DER TimeStampToken over the
-- SHA-256 of the checkpoint note (the exported file), kept beside the checkpoint it stamps. Only
-- ever added (PostgreSQL triggers in db/vendor/postgresql/V29_1). No foreign key to
-- archive_checkpoint on purpose: it would make PostgreSQL refuse a TRUNCATE of the checkpoints for
-- the key before the append-only trigger could; a token whose checkpoint is gone is named by the
-- integrity check instead.
create table archive_timestamp (
    checkpoint_id   bigint primary key,
    authority       varchar(500) not null,
    token           bytea not null,
    stamped_at      timestamp with time zone not null
);

-- A scheduled run of an archive job (daily transfer, weekly check) on a day of the municipality:
-- every server's timer fires, the first to insert the day's row starts the job, the others find the
-- key taken and skip (several servers on one database run it once).
create table archive_schedule_claim (
    job_name        varchar(40) not null,
    due_on          date not null,
    claimed_at      timestamp with time zone not null,
    execution_id    bigint,
    constraint archive_schedule_claim_pk primary key (job_name, due_on)
);
