-- Redress (Arts 19-21): complaints to the head of the body, complaints to the Commission (CDAI), the
-- body's observations, the Commission's recommendations, compliance with them, and appeals to the court.

-- One gap-free yearly numbering per series: DI (requests), RC (complaints to a head), CDAI (complaints to
-- the Commission, its sequence-numbered receipts).
create table reference_counter (
    series      varchar(10) not null,
    year        integer     not null,
    last_value  integer     not null,
    primary key (series, year)
);
insert into reference_counter (series, year, last_value)
    select 'DI', year, last_value from request_reference_counter;
drop table request_reference_counter;

create table head_complaint (
    id                bigint generated always as identity primary key,
    reference         varchar(20)  not null,
    request_id        bigint       not null references information_request (id),
    complainant_id    bigint       references account (id),
    basis             varchar(30)  not null,
    channel           varchar(20)  not null default 'ONLINE',
    registered_by     bigint       references account (id),
    grounds           text         not null,
    received_at       timestamptz  not null,
    received_on       date         not null,
    due_date          date         not null,
    status            varchar(30)  not null,
    overdue           boolean      not null default false,
    decision          varchar(30),
    decision_reasons  text,
    decided_at        timestamptz,
    decided_by        bigint       references account (id),
    release_due_date  date,
    release_overdue   boolean      not null default false,
    released_at       timestamptz,
    release_message   text,
    released_by       bigint       references account (id),
    process_instance_id varchar(64),
    updated_at        timestamptz  not null,
    version           integer      not null default 0,
    constraint head_complaint_reference_key unique (reference),
    constraint head_complaint_channel check (channel in ('ONLINE', 'COUNTER', 'POST', 'EMAIL')),
    constraint head_complaint_basis check (basis in ('NO_ANSWER', 'REFUSAL', 'PARTIAL_GRANT', 'UNSATISFYING_ANSWER')),
    constraint head_complaint_decision check (decision is null or decision in ('UPHELD', 'OVERTURNED', 'PARTIALLY_OVERTURNED'))
);
-- Art. 19 gives one complaint to the head per request.
create unique index head_complaint_request_key on head_complaint (request_id);

create table commission_complaint (
    id                      bigint generated always as identity primary key,
    reference               varchar(20)  not null,
    request_id              bigint       not null references information_request (id),
    head_complaint_id       bigint       not null references head_complaint (id),
    complainant_id          bigint       references account (id),
    channel                 varchar(20)  not null,
    registered_by           bigint       references account (id),
    grounds                 text         not null,
    received_at             timestamptz  not null,
    received_on             date         not null,
    due_date                date         not null,
    status                  varchar(30)  not null,
    overdue                 boolean      not null default false,
    inadmissibility_reason  text,
    ruled_inadmissible_at   timestamptz,
    recommendation          varchar(30),
    recommendation_reasons  text,
    recommended_at          timestamptz,
    recommended_by          bigint       references account (id),
    compliance_due_date     date,
    compliance_status       varchar(20),
    compliance_evidence     text,
    compliance_recorded_at  timestamptz,
    compliance_recorded_by  bigint       references account (id),
    appeal_lodged_on        date,
    appeal_outcome          text,
    appeal_recorded_by      bigint       references account (id),
    process_instance_id     varchar(64),
    updated_at              timestamptz  not null,
    version                 integer      not null default 0,
    constraint commission_complaint_reference_key unique (reference),
    constraint commission_complaint_channel check (channel in ('ONLINE', 'REGISTERED_POST', 'EMAIL', 'IN_PERSON')),
    constraint commission_complaint_recommendation check (recommendation is null or recommendation in ('DISCLOSE', 'DISCLOSE_PARTIALLY', 'UPHOLD_REFUSAL', 'OTHER')),
    constraint commission_complaint_compliance check (compliance_status is null or compliance_status in ('PENDING', 'COMPLIED', 'NOT_COMPLIED'))
);
-- One live complaint to the Commission per request; an inadmissible one may be filed again.
create unique index commission_complaint_request_key on commission_complaint (request_id)
    where status <> 'INADMISSIBLE';
create index commission_complaint_status on commission_complaint (status, due_date);

create table observation_request (
    id                       bigint generated always as identity primary key,
    commission_complaint_id  bigint      not null references commission_complaint (id),
    question                 text        not null,
    due_date                 date        not null,
    requested_at             timestamptz not null,
    requested_by             bigint      not null references account (id),
    answer                   text,
    documents                text,
    answered_at              timestamptz,
    answered_by              bigint      references account (id),
    lapsed_at                timestamptz
);
create index observation_request_complaint on observation_request (commission_complaint_id);
