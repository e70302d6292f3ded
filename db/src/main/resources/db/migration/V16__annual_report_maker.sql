-- Which server makes a report and when its making last moved. With several servers on one database, a
-- server that starts fails only the reports it left unfinished itself, not those another is making;
-- a report whose server died and never came back is failed once it has not moved for half an hour
-- (the longest step of a national report over a million requests takes seconds).
alter table annual_report
    add column made_by       varchar(255),
    add column progressed_at timestamptz;
