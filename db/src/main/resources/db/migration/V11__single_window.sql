-- The single window: a person who does not know which body holds the information files to a
-- central unit, whose routing officers send the request to the competent body. The legal period
-- starts when that body receives it; the time spent in routing is kept and shown to the requester.
alter table account_role drop constraint account_role_known;
alter table account_role add constraint account_role_known
    check (role in ('CITIZEN', 'OFFICER', 'HEAD', 'LEGAL_REVIEWER', 'COMMISSION', 'ADMIN', 'ROUTING_OFFICER'));

create table single_window_request (
    id                  bigint generated always as identity primary key,
    reference           varchar(20)  not null unique,
    requester_id        bigint       not null references account (id),
    subject             varchar(300) not null,
    description         text         not null,
    urgent              boolean      not null,
    urgency_reason      text,
    delivery_mode       varchar(20)  not null,
    language            varchar(2)   not null,
    filed_at            timestamptz  not null,
    status              varchar(20)  not null,
    routed_at           timestamptz,
    routed_by           bigint       references account (id),
    routed_request_id   bigint       references information_request (id),
    routing_note        text,
    closed_at           timestamptz,
    constraint single_window_status check (status in ('AWAITING_ROUTING', 'ROUTED', 'WITHDRAWN')),
    constraint single_window_routed check ((status = 'ROUTED') = (routed_request_id is not null))
);
create index single_window_queue on single_window_request (filed_at) where status = 'AWAITING_ROUTING';
create index single_window_requester on single_window_request (requester_id, filed_at desc);
