-- The outbox of e-mail: a message is written in the same transaction as the change that causes it,
-- and a sender delivers it afterwards with retries. Each message has a key it is delivered once for,
-- so a retried engine job or a repeated call cannot queue it twice.
create table outbox_message (
    id               bigint generated always as identity primary key,
    dedupe_key       varchar(200) not null,
    request_id       bigint       references information_request (id),
    recipient        varchar(254) not null,
    language         varchar(2)   not null,
    subject          varchar(300) not null,
    body_text        text         not null,
    body_html        text         not null,
    status           varchar(20)  not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    created_at       timestamptz  not null,
    sent_at          timestamptz,
    last_error       text,
    constraint outbox_message_key unique (dedupe_key),
    constraint outbox_message_status check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED'))
);
create index outbox_message_due on outbox_message (next_attempt_at) where status in ('PENDING', 'SENDING');
