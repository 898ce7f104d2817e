-- The notification outbox: every notice to a customer (appointment confirmed, changed, cancelled, the pre-visit
-- reminder, a work order's progress) is a row written in the same transaction as the change it tells of, so a notice
-- exists exactly when its change was committed. Sending channels (SMS, WeChat) come later and work from this table:
-- PENDING rows whose due time has come, marked SENT or FAILED with the attempt count and last error.
create table notification_outbox (
    id           uuid          primary key,
    customer_id  uuid          not null,
    vehicle_id   uuid,
    kind         varchar(40)   not null,
    subject_type varchar(20)   not null,
    subject_id   varchar(64)   not null,
    params       varchar(4000) not null,
    link         varchar(500),
    dedup_key    varchar(160)  unique,
    due_at       timestamp with time zone not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100)  not null,
    status       varchar(12)   not null default 'PENDING',
    attempts     integer       not null default 0,
    last_error   varchar(500),
    sent_at      timestamp with time zone
);

create index ix_notification_customer on notification_outbox (customer_id, created_at);
create index ix_notification_pending on notification_outbox (status, due_at);
