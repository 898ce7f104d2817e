-- Stores (a chain has several) and what staff accounts gain beyond V1: a display name and a home
-- store. app_user keeps its V1 columns so the platform's AccountStore and admin bootstrap still work.
create table store (
    id         uuid         primary key,
    code       varchar(32)  not null unique,
    name       varchar(100) not null,
    address    varchar(300),
    created_at timestamp with time zone not null
);

alter table app_user add column display_name varchar(100);
alter table app_user add column store_id uuid;
alter table app_user add constraint fk_app_user_store foreign key (store_id) references store (id);
