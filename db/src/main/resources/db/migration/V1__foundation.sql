-- Foundation schema: bodies, accounts and their roles, information requests and their append-only event log.
-- Instants are timestamptz (stored in UTC); the law's dates are plain dates in Africa/Casablanca.

create table body (
    id          bigint generated always as identity primary key,
    code        varchar(40)  not null,
    kind        varchar(40)  not null,
    name_ar     varchar(300) not null,
    name_fr     varchar(300) not null,
    email       varchar(254),
    active      boolean      not null default true,
    created_at  timestamptz  not null default now(),
    constraint body_code_key unique (code),
    constraint body_code_format check (code ~ '^[A-Z0-9][A-Z0-9-]*$')
);

create table account (
    id                          bigint generated always as identity primary key,
    email                       varchar(254) not null,
    password_hash               varchar(300) not null,
    first_name                  varchar(100) not null,
    last_name                   varchar(100) not null,
    national_id                 varchar(20),
    residence_document_number   varchar(30),
    address                     varchar(500),
    preferred_language          varchar(2)   not null,
    active                      boolean      not null default true,
    created_at                  timestamptz  not null,
    version                     integer      not null default 0,
    constraint account_language check (preferred_language in ('ar', 'fr', 'en'))
);
create unique index account_email_key on account (lower(email));

-- A person may hold several roles; the roles of a body's staff are tied to that body.
create table account_role (
    id          bigint generated always as identity primary key,
    account_id  bigint      not null references account (id),
    role        varchar(30) not null,
    body_id     bigint      references body (id),
    constraint account_role_known check (role in ('CITIZEN', 'OFFICER', 'HEAD', 'LEGAL_REVIEWER', 'COMMISSION', 'ADMIN')),
    constraint account_role_body check ((role in ('OFFICER', 'HEAD', 'LEGAL_REVIEWER')) = (body_id is not null))
);
create unique index account_role_key on account_role (account_id, role, coalesce(body_id, 0));
create index account_role_body on account_role (body_id) where body_id is not null;

-- Gap-free yearly numbering of requests: a filing that rolls back gives its number back.
create table request_reference_counter (
    year        integer primary key,
    last_value  integer not null
);

create table information_request (
    id                                  bigint generated always as identity primary key,
    reference                           varchar(20)  not null,
    body_id                             bigint       not null references body (id),
    requester_id                        bigint       references account (id),
    requester_first_name                varchar(100) not null,
    requester_last_name                 varchar(100) not null,
    requester_address                   varchar(500),
    requester_national_id               varchar(20),
    requester_residence_document_number varchar(30),
    requester_email                     varchar(254),
    subject                             varchar(300) not null,
    description                         text         not null,
    urgent                              boolean      not null,
    urgency_reason                      text,
    delivery_mode                       varchar(20)  not null,
    language                            varchar(2)   not null,
    channel                             varchar(20)  not null,
    received_at                         timestamptz  not null,
    received_on                         date         not null,
    due_date                            date         not null,
    status                              varchar(30)  not null,
    resolution                          varchar(30),
    response_message                    text,
    decided_at                          timestamptz,
    decided_by                          bigint       references account (id),
    process_instance_id                 varchar(64),
    created_at                          timestamptz  not null,
    updated_at                          timestamptz  not null,
    version                             integer      not null default 0,
    constraint information_request_reference_key unique (reference),
    constraint information_request_identity check (requester_national_id is not null or requester_residence_document_number is not null),
    constraint information_request_urgency check (not urgent or urgency_reason is not null),
    constraint information_request_language check (language in ('ar', 'fr', 'en')),
    constraint information_request_decided check ((resolution is null) = (decided_at is null))
);
create index information_request_body_inbox on information_request (body_id, status, due_date);
create index information_request_requester on information_request (requester_id, received_at desc);

-- What happened to each request, in order. Rows are never changed or removed.
create table request_event (
    id           bigint generated always as identity primary key,
    request_id   bigint      not null references information_request (id),
    occurred_at  timestamptz not null,
    actor_id     bigint      references account (id),
    type         varchar(50) not null,
    context      jsonb       not null default '{}'::jsonb
);
create index request_event_request on request_event (request_id, id);

create function reject_change_of_append_only_table() returns trigger
    language plpgsql as
$$
begin
    raise exception 'table % is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger request_event_append_only
    before update or delete on request_event
    for each row execute function reject_change_of_append_only_table();
create trigger request_event_no_truncate
    before truncate on request_event
    for each statement execute function reject_change_of_append_only_table();
