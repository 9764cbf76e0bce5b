-- Issue 11 item 5: which server instance runs a batch job execution. The batch runtime's own
-- repository (jbatch_ tables) does not say, and at start-up an instance fails the executions left
-- unfinished by its own previous life only, not the jobs another instance of the cluster is running
-- (InterruptedJobs). Written by the jobs' listener when an execution begins; the repository may be
-- another database (the quick start's H2), so no foreign key.
create table job_execution_owner (
    execution_id bigint primary key,
    instance     varchar(200) not null,
    recorded_at  timestamp with time zone not null
);
