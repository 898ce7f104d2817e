-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.1, whose own
-- schema initialisation is off: Flyway owns the schema). One row per event and listener, written in the
-- transaction that published the event. With completion-mode delete a row is deleted once its listener
-- succeeded; what remains is in flight, or failed and waiting to be resubmitted.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    -- The event as JSON. Not indexed: PostgreSQL cannot index long texts with a B-tree, and a listener that
    -- ran in this process completes its row by id. Events for asynchronous listeners stay small (no report runs).
    serialized_event       varchar(1000000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);

create index event_publication_by_completion_date_idx on event_publication (completion_date);
create index event_publication_by_status_idx on event_publication (status);
