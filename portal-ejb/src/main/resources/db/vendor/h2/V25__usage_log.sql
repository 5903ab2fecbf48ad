-- The usage logs the log API accepted (see the PostgreSQL migration: there the table is partitioned by day; the
-- embedded database keeps one table).
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
);
create index usage_log_key_received on usage_log (key_id, received_at);
