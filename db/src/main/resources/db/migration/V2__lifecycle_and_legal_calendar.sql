-- The full Law 31-13 request lifecycle (Arts 7-9, 14-18) and the legal calendar.

-- Non-working days other than weekends: public holidays (lunar ones provisional until confirmed) and
-- closures declared by the Head of Government. A year's holidays are written once, when first needed.
create table non_working_day (
    day           date primary key,
    kind          varchar(20)  not null,
    holiday_code  varchar(40),
    name_ar       varchar(200) not null,
    name_fr       varchar(200) not null,
    provisional   boolean      not null default false,
    updated_at    timestamptz  not null,
    updated_by    bigint       references account (id),
    constraint non_working_day_kind check (kind in ('FIXED_HOLIDAY', 'LUNAR_HOLIDAY', 'CLOSURE'))
);

create table calendar_year (
    year       integer primary key,
    seeded_at  timestamptz not null
);

alter table information_request
    add column overdue                boolean not null default false,
    add column first_due_date         date,
    add column extended               boolean not null default false,
    add column extension_ground       varchar(40),
    add column extension_explanation  text,
    add column extended_at            timestamptz,
    add column urgency_declined       boolean not null default false,
    add column urgency_decline_reason text,
    add column refusal_ground         varchar(40),
    add column public_justification   text,
    add column published_reference    text,
    add column withheld_parts         text,
    add column competent_body_id      bigint references body (id),
    add column forwarded_to_id        bigint references information_request (id),
    add column forwarded_from_id      bigint references information_request (id),
    add column review_comment         text,
    add column letter                 text,
    add column closed_at              timestamptz,
    add column received_by            bigint references account (id),
    add column paused_working_days    integer not null default 0;

update information_request set first_due_date = due_date, overdue = (status = 'OVERDUE');
update information_request set closed_at = updated_at where status = 'ANSWERED';
alter table information_request alter column first_due_date set not null;
alter table information_request
    add constraint information_request_extension check (not extended or (extension_ground is not null and extension_explanation is not null));

-- The running requests whose period a calendar change may move.
create index information_request_running on information_request (due_date)
    where status not in ('ANSWERED', 'FORWARDED', 'WITHDRAWN') and not overdue;

-- The Art. 7 exemptions a refusal or partial grant cites.
create table request_exemption (
    request_id  bigint      not null references information_request (id),
    code        varchar(60) not null,
    primary key (request_id, code)
);

create table clarification (
    id           bigint generated always as identity primary key,
    request_id   bigint      not null references information_request (id),
    question     text        not null,
    asked_at     timestamptz not null,
    asked_by     bigint      not null references account (id),
    answer       text,
    answered_at  timestamptz,
    lapsed_at    timestamptz
);
create index clarification_request on clarification (request_id);

create table third_party_consultation (
    id            bigint generated always as identity primary key,
    request_id    bigint       not null references information_request (id),
    third_party   varchar(300) not null,
    contact       varchar(300),
    question      text         not null,
    due_date      date         not null,
    requested_at  timestamptz  not null,
    requested_by  bigint       not null references account (id),
    answer        text,
    consents      boolean,
    answered_at   timestamptz,
    lapsed_at     timestamptz
);
create index third_party_consultation_request on third_party_consultation (request_id);
