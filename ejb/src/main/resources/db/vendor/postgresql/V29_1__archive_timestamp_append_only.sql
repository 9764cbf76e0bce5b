-- R-P03/R-P04: the checkpoints' time-stamp tokens are as append-only as the checkpoints themselves
-- (archive_refuse() of V23_1).
create trigger archive_timestamp_no_change before update or delete on archive_timestamp
    for each row execute function archive_refuse();
create trigger archive_timestamp_no_truncate before truncate on archive_timestamp
    for each statement execute function archive_refuse();
