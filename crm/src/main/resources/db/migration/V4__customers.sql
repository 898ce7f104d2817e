-- Customers. Mobile numbers, ID numbers and addresses are stored only encrypted (*_enc, AES-GCM)
-- plus a keyed HMAC blind index (*_hash) for exact search and dedup; *_tail_hash indexes the last
-- four digits of a mobile for the search box. The keys never touch the database.
create table customer (
    id               uuid         primary key,
    kind             varchar(16)  not null,
    name             varchar(100) not null,
    gender           varchar(8),
    birthday         date,
    credit_code      varchar(18),
    mobile_enc       varchar(200),
    mobile_hash      varchar(64),
    mobile_tail_hash varchar(64),
    id_number_enc    varchar(200),
    id_number_hash   varchar(64),
    landline         varchar(40),
    email            varchar(254),
    source           varchar(32)  not null,
    store_id         uuid,
    notes            varchar(1000),
    merged_into      uuid,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint fk_customer_store foreign key (store_id) references store (id)
);
create index customer_mobile_hash on customer (mobile_hash);
create index customer_mobile_tail on customer (mobile_tail_hash);
create index customer_id_number_hash on customer (id_number_hash);
create index customer_credit_code on customer (credit_code);
create index customer_updated on customer (updated_at);

-- Every two-character piece of a name (lower-cased), so a name fragment is found by equality.
create table name_gram (
    gram        varchar(8) not null,
    customer_id uuid       not null,
    primary key (gram, customer_id),
    constraint fk_name_gram_customer foreign key (customer_id) references customer (id) on delete cascade
);
create index name_gram_customer on name_gram (customer_id);

create table customer_contact (
    id               uuid         primary key,
    customer_id      uuid         not null,
    name             varchar(100) not null,
    relation         varchar(50),
    mobile_enc       varchar(200),
    mobile_hash      varchar(64),
    mobile_tail_hash varchar(64),
    landline         varchar(40),
    email            varchar(254),
    created_at       timestamp with time zone not null,
    constraint fk_contact_customer foreign key (customer_id) references customer (id)
);
create index contact_customer on customer_contact (customer_id);
create index contact_mobile_hash on customer_contact (mobile_hash);
create index contact_mobile_tail on customer_contact (mobile_tail_hash);

create table customer_address (
    id          uuid        primary key,
    customer_id uuid        not null,
    label       varchar(32),
    address_enc varchar(1200) not null,
    created_at  timestamp with time zone not null,
    constraint fk_address_customer foreign key (customer_id) references customer (id)
);
create index address_customer on customer_address (customer_id);

-- Consent is append-only: the latest record per purpose and channel is in force.
create table consent_record (
    id             uuid        primary key,
    customer_id    uuid        not null,
    purpose        varchar(16) not null,
    channel        varchar(16) not null,
    granted        boolean     not null,
    policy_version varchar(32) not null,
    recorded_at    timestamp with time zone not null,
    recorded_by    varchar(64) not null,
    constraint fk_consent_customer foreign key (customer_id) references customer (id)
);
create index consent_customer on consent_record (customer_id, purpose, channel, recorded_at);

-- A merge of a duplicate into the customer that stays; what moved is kept so it can be undone.
create table customer_merge (
    id          uuid        primary key,
    survivor_id uuid        not null,
    merged_id   uuid        not null,
    moved       varchar(20000) not null,
    merged_at   timestamp with time zone not null,
    merged_by   varchar(64) not null,
    undone_at   timestamp with time zone,
    undone_by   varchar(64),
    constraint fk_merge_survivor foreign key (survivor_id) references customer (id),
    constraint fk_merge_merged foreign key (merged_id) references customer (id)
);
create index customer_merge_time on customer_merge (merged_at);
