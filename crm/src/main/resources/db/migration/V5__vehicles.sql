-- The model library: makes and models common in China (seeded in V6, maintained by staff).
create table vehicle_make (
    id       integer      primary key,
    name_zh  varchar(50)  not null,
    name_en  varchar(50)  not null,
    country  varchar(2)   not null
);

create table vehicle_model (
    id        integer     primary key,
    make_id   integer     not null,
    name      varchar(50) not null,
    energy    varchar(8)  not null,
    year_from integer     not null,
    year_to   integer,
    constraint fk_model_make foreign key (make_id) references vehicle_make (id)
);
create index vehicle_model_make on vehicle_model (make_id);

-- plate is the current plate (normalised), kept in step with the open plate_assignment.
create table vehicle (
    id                uuid        primary key,
    vin               varchar(17) unique,
    vin_tail          varchar(6),
    plate             varchar(10),
    model_id          integer,
    make_name         varchar(50),
    model_name        varchar(50),
    model_year        integer,
    color             varchar(20),
    engine_no         varchar(32),
    energy            varchar(8)  not null,
    purchase_date     date,
    registration_date date,
    insurer           varchar(100),
    insurance_expiry  date,
    inspection_due    date,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint fk_vehicle_model foreign key (model_id) references vehicle_model (id)
);
create index vehicle_plate on vehicle (plate);
create index vehicle_vin_tail on vehicle (vin_tail);

-- Plates are dated attributes: a car gets a new plate, a plate moves to another car.
create table plate_assignment (
    id         uuid        primary key,
    vehicle_id uuid        not null,
    plate      varchar(10) not null,
    valid_from timestamp with time zone not null,
    valid_to   timestamp with time zone,
    constraint fk_plate_vehicle foreign key (vehicle_id) references vehicle (id)
);
create index plate_assignment_vehicle on plate_assignment (vehicle_id, valid_from);
create index plate_assignment_plate on plate_assignment (plate);

-- Every three-character piece of the current plate, so a plate fragment is found by equality.
create table plate_gram (
    gram       varchar(3) not null,
    vehicle_id uuid       not null,
    primary key (gram, vehicle_id),
    constraint fk_plate_gram_vehicle foreign key (vehicle_id) references vehicle (id) on delete cascade
);
create index plate_gram_vehicle on plate_gram (vehicle_id);

create table odometer_reading (
    id          uuid        primary key,
    vehicle_id  uuid        not null,
    km          integer     not null,
    read_on     date        not null,
    source      varchar(16) not null,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(64) not null,
    constraint fk_odometer_vehicle foreign key (vehicle_id) references vehicle (id)
);
create index odometer_vehicle on odometer_reading (vehicle_id, read_on);

-- Which customers a vehicle belongs to and how (owner, driver, fleet); customer ids only, so the
-- vehicle module does not depend on the customer module.
create table vehicle_link (
    id          uuid        primary key,
    vehicle_id  uuid        not null,
    customer_id uuid        not null,
    role        varchar(8)  not null,
    created_at  timestamp with time zone not null,
    constraint fk_link_vehicle foreign key (vehicle_id) references vehicle (id),
    constraint fk_link_customer foreign key (customer_id) references customer (id),
    constraint uq_vehicle_link unique (vehicle_id, customer_id, role)
);
create index vehicle_link_customer on vehicle_link (customer_id);
