-- How many reports each agent's stream has processed, and how many sequence numbers it skipped
-- (reports lost on the agent's side). Kept in the database, not only in metrics, so that "every report
-- exactly once" can be proven across console restarts: processed = last_seq and gaps = 0.
alter table report_stream add column processed bigint default 0 not null;
alter table report_stream add column gaps bigint default 0 not null;
