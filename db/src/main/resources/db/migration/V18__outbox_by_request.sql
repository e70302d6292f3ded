-- The retention period erases the mail sent about each request it anonymises, a batch of requests at a
-- time. Without an index on the request, each batch read the whole outbox (several messages for every
-- request ever filed). Account mail (no request) is erased once a run, by age; the partial index holds
-- only the account mail not yet erased.
create index outbox_message_request on outbox_message (request_id) where request_id is not null;
create index outbox_message_account_mail on outbox_message (created_at)
    where request_id is null and recipient <> 'erased';
