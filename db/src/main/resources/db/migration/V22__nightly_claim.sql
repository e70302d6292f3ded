-- Work each server is scheduled to do once a night (the audit chain's check, the retention period):
-- the first server to claim the night does it, the others pass (each check reads the whole trail).
create table nightly_claim (
    task        varchar(64)  not null,
    night       date         not null,
    claimed_by  varchar(255) not null,
    claimed_at  timestamptz  not null,
    primary key (task, night)
);
