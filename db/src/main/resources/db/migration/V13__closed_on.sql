-- The law's day a request was closed on, kept beside the instant: the statistics and the annual report
-- count requests by that day, and computing it for each of a million rows on every question cost more
-- than the questions themselves.
alter table information_request
    add column closed_on date generated always as ((closed_at at time zone 'Africa/Casablanca')::date) stored;
