-- A request whose deadline cannot be recomputed after a change of the legal calendar (its procedure
-- broken, say) must neither hold back the recomputation of every request after it nor be passed over
-- in silence: the recomputation goes on without it and records it here, with why, for administrators
-- to see and the body's officers to check by hand.
create table deadline_recalculation_skip (
    recalculation_id bigint       not null references deadline_recalculation (id),
    request_id       bigint       not null references information_request (id),
    failure          varchar(500) not null,
    skipped_at       timestamptz  not null,
    primary key (recalculation_id, request_id)
);
create index deadline_recalculation_finished on deadline_recalculation (finished_at)
    where finished_at is not null;

-- When a recomputation last went forward: a server takes up one that has not for a while (left by
-- another server that stopped, or paused after failures) without walking one still under way.
alter table deadline_recalculation add column progressed_at timestamptz not null default now();
