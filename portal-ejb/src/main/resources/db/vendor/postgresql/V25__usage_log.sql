-- The usage logs the log API accepted: 10^6-10^7 rows a day, written in batches by one writer per node (group commit)
-- and never updated. Partitioned by the day received (Korea time days, so a partition is one KST day); the nightly
-- usage job creates the coming days' partitions and drops those past the retention period. Rows of a day without its
-- partition land in the default one. No primary key: a log is identified by nothing but its content.
create table usage_log (
    key_id      bigint       not null,
    company_id  bigint       not null,
    project_id  bigint,
    logged_at   timestamp with time zone not null,
    received_at timestamp with time zone not null,
    use_se      varchar(6)   not null,
    sys_user    varchar(100) not null,
    conect_ip   varchar(45)  not null,
    data_qty    bigint       not null
) partition by range (received_at);
create table usage_log_default partition of usage_log default;
create index usage_log_key_received on usage_log (key_id, received_at);
