-- What each customer merge did to vehicle links, kept by the vehicle module (which moves them when it hears of the
-- merge) so that an undo can put them back: the links moved and those dropped as duplicates (JSON). A row whose
-- transfer is empty marks a merge undone before its links moved: they never move.
create table vehicle_link_merge (
    merge_id  uuid primary key,
    transfer  varchar(20000),
    moved_at  timestamp with time zone,
    undone_at timestamp with time zone
);
