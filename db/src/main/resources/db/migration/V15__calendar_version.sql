-- The legal calendar's version, changed by every change to the non-working days, so that the server can
-- keep each year's calendar in memory and read it again only when it changed, on whichever node it did:
-- counting a period read the calendar from the database for every request filed and every timer fired.
create table calendar_version (
    id       integer primary key default 1 check (id = 1),
    version  bigint  not null
);
insert into calendar_version (version) values (0);

create function calendar_changed() returns trigger
language plpgsql as $$
begin
    update calendar_version set version = version + 1;
    return null;
end $$;

create trigger non_working_day_changed
    after insert or update or delete or truncate on non_working_day
    for each statement execute function calendar_changed();
