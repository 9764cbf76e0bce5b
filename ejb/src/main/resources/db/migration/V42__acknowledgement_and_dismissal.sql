-- R-A06: read receipts, one row per message and reader, written once when the reader is shown the
-- message (insert, never an update of a shared row: recording a read takes no lock others wait on).
create table message_read (
    school_id   bigint not null references school (id),
    message_id  bigint not null references parent_message (id),
    account_id  bigint not null references account (id),
    read_at     timestamp with time zone not null,
    constraint message_read_pk primary key (message_id, account_id)
);
create index message_read_account_ix on message_read (account_id);

-- R-A06: a reminder from the homeroom teacher or the deputy to a pupil's parents that they have not
-- looked at the diary; it belongs to no journal.
alter table parent_message alter column assignment_id drop not null;
alter table parent_message drop constraint parent_message_kind;
alter table parent_message add constraint parent_message_kind
    check (kind in ('MESSAGE', 'RECOMMENDATION', 'REMINDER'));

-- R-A04: a dismissed member of staff keeps its row (its journals and audit entries name it) but
-- signs in no more and is offered for no new assignment.
alter table staff add column dismissed_on date;
create index diary_visit_pupil_ix on diary_visit (pupil_id, account_id);
