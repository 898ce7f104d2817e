-- Spring Modulith's event publication registry (schema version 2 of spring-modulith-events-jdbc 2.1, written once for
-- H2 and PostgreSQL): an event for another module's listener is stored in the transaction that publishes it and
-- stays until the listener has completed, so a crash between the commit and the listener loses nothing. Completed
-- publications are deleted at once (spring.modulith.events.completion-mode=delete); what remains is outstanding.
create table event_publication (
    id                     uuid          not null,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index event_publication_by_listener_id_and_serialized_event_idx
    on event_publication (listener_id, serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
