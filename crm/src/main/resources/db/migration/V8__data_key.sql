-- Which data key the personal data is encrypted under: its fingerprint (a value derived from the key
-- that reveals nothing of it), never the key. The CRM refuses to start with another key; a key
-- rotation changes it in the same transaction as the data. One row.
create table data_key (
    id          integer     primary key,
    fingerprint varchar(32) not null,
    since       timestamp with time zone not null,
    constraint data_key_one_row check (id = 1)
);
