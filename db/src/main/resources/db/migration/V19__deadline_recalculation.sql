-- A change of the legal calendar moves the deadlines of every running request whose period spans the
-- day: at national scale, a hundred thousand requests and their procedures' timers, more than one
-- transaction may hold. The change records here what is to be recomputed; servers recompute it batch
-- by batch (the requests due soonest first), each batch recording where it stopped, so that a server
-- stopped half-way is followed by the next start.
create table deadline_recalculation (
    id             bigint generated always as identity primary key,
    calendar_day   date         not null,
    reason         varchar(200) not null,
    requested_at   timestamptz  not null,
    after_due_date date,
    after_id       bigint,
    moved          integer      not null default 0,
    finished_at    timestamptz
);
create index deadline_recalculation_unfinished on deadline_recalculation (id) where finished_at is null;
