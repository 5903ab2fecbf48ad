-- What the usage views and the nightly audit read instead of the raw logs.
-- usage_policy: one row, the programme's numbers as data: a site is idle after idle_days days without an accepted
-- log; raw logs are kept retention_days days (their daily totals for good).
create table usage_policy (
    id             integer      primary key,
    idle_days      integer      not null,
    retention_days integer      not null,
    updated_by     varchar(254) not null,
    updated_at     timestamp with time zone not null,
    version        bigint       not null default 0
);
insert into usage_policy (id, idle_days, retention_days, updated_by, updated_at) values (1, 7, 90, 'system', current_timestamp);

-- Refused requests of known keys (too often, a bad field, a revoked key), counted in memory by the API and appended
-- here every few seconds: one row per key, Korea-time day and code per flush.
create table usage_refusal (
    key_id     bigint      not null,
    use_day date        not null,
    code       varchar(6)  not null,
    refused    bigint      not null,
    counted_at timestamp with time zone not null
);
create index usage_refusal_day on usage_refusal (use_day, key_id);

-- One row per site (key) and Korea-time day it sent anything: built by the nightly usage job from usage_log and
-- usage_refusal (a day is replaced as a whole, so running it again changes nothing).
create table usage_daily (
    key_id      bigint  not null references usage_key (id),
    use_day date    not null,
    company_id  bigint  not null,
    project_id  bigint,
    submitted   bigint  not null,
    accepted    bigint  not null,
    users       integer not null,
    logins      bigint  not null,
    logouts     bigint  not null,
    views       bigint  not null,
    creates     bigint  not null,
    updates     bigint  not null,
    deletes     bigint  not null,
    stock_moves bigint  not null,
    quantity    bigint  not null,
    built_at    timestamp with time zone not null,
    primary key (key_id, use_day)
);
create index usage_daily_day on usage_daily (use_day);

-- The days the nightly usage job has added up (a day without any log has a row too): where the next run starts, and
-- the "totals as of" date the usage views show.
create table usage_day (
    use_day date    primary key,
    sites     integer not null,
    submitted bigint  not null,
    accepted  bigint  not null,
    built_at  timestamp with time zone not null
);
