-- The public register of refusals and partial grants (and later what the head and the Commission
-- decided about them). Append-only in the database; each entry is chained to the one before by its
-- hash when it is written, so that anyone can check that none was changed or removed. It holds no
-- requester identity; request_id stays internal and is never published.
create table refusal_register_entry (
    seq                   bigint       primary key,
    entered_at            timestamptz  not null,
    kind                  varchar(30)  not null,
    request_id            bigint       not null references information_request (id),
    body_id               bigint       not null references body (id),
    decided_on            date         not null,
    resolution            varchar(30),
    refusal_ground        varchar(40),
    exemptions            text         not null default '',
    public_justification  text,
    outcome               varchar(40),
    refers_to             bigint       references refusal_register_entry (seq),
    previous_hash         varchar(64)  not null,
    hash                  varchar(64)  not null,
    constraint refusal_register_kind check (kind in ('DECISION', 'HEAD_DECISION', 'COMMISSION_RECOMMENDATION'))
);
create index refusal_register_body on refusal_register_entry (body_id, decided_on);
create index refusal_register_request on refusal_register_entry (request_id, kind);
create trigger refusal_register_append_only
    before update or delete on refusal_register_entry
    for each row execute function reject_change_of_append_only_table();
create trigger refusal_register_no_truncate
    before truncate on refusal_register_entry
    for each statement execute function reject_change_of_append_only_table();
