-- Heads of bodies are told each morning, in one list, of the requests whose legal period ended
-- without an answer since they were last told: a request falling overdue is marked to be told, and
-- the morning's run takes the marked rows (locked, so that two servers do not both take them) and
-- clears the mark in the transaction that queues the lists. A run that fails or does not happen
-- leaves the marks for the next one. Requests overdue before this version were told one by one.
alter table information_request add column head_to_tell boolean not null default false;
create index information_request_head_to_tell on information_request (id) where head_to_tell;
