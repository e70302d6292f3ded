-- Heads of bodies are told each morning, in one message, of the requests whose legal period ended
-- without an answer since the day before: the morning's run looks up the requests that fell overdue
-- in the last day among all the events, through this index (a few thousand rows a day).
create index request_event_overdue on request_event (occurred_at) where type = 'REQUEST_OVERDUE';
