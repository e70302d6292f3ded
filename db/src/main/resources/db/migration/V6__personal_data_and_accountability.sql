-- Personal data protection (Law 09-08) and accountability.

-- Identity numbers, addresses and second-factor secrets are sealed by the application (authenticated
-- encryption); their columns hold opaque text longer than the clear values.
alter table account
    alter column national_id type text,
    alter column residence_document_number type text,
    alter column address type text;
alter table information_request
    alter column requester_address type text,
    alter column requester_national_id type text,
    alter column requester_residence_document_number type text;

-- Retention: once purged, a request keeps its facts but no longer names its requester.
alter table information_request add column personal_data_purged_at timestamptz;
alter table information_request drop constraint information_request_identity;
alter table information_request add constraint information_request_identity
    check (personal_data_purged_at is not null
           or requester_national_id is not null
           or requester_residence_document_number is not null);

-- Sign-in hardening: a second factor (TOTP), a lock after repeated failures, and account closure.
alter table account
    add column totp_secret text,
    add column totp_pending_secret text,
    add column totp_enabled_at timestamptz,
    add column totp_last_step bigint,
    add column failed_sign_ins integer not null default 0,
    add column locked_until timestamptz,
    add column closed_at timestamptz;

-- API sessions, opened with a password (and the second factor for staff); only the token's hash is kept.
create table api_session (
    id             bigint generated always as identity primary key,
    account_id     bigint      not null references account (id),
    token_hash     varchar(64) not null,
    second_factor  boolean     not null,
    created_at     timestamptz not null,
    last_used_at   timestamptz not null,
    expires_at     timestamptz not null,
    ended_at       timestamptz,
    constraint api_session_token_key unique (token_hash)
);
create index api_session_account on api_session (account_id) where ended_at is null;

-- Who saw whose personal data, when and why. Rows are never changed or removed.
create table personal_data_view (
    id                  bigint generated always as identity primary key,
    viewed_at           timestamptz  not null,
    viewer_id           bigint       not null references account (id),
    subject_account_id  bigint       references account (id),
    request_id          bigint       references information_request (id),
    purpose             varchar(30)  not null,
    note                varchar(500)
);
create index personal_data_view_subject on personal_data_view (subject_account_id, viewed_at);
create index personal_data_view_request on personal_data_view (request_id, viewed_at);
create trigger personal_data_view_append_only
    before update or delete on personal_data_view
    for each row execute function reject_change_of_append_only_table();
create trigger personal_data_view_no_truncate
    before truncate on personal_data_view
    for each statement execute function reject_change_of_append_only_table();

-- The audit trail: every action, sign-in and refused access. Entries are written with the action and
-- sealed shortly after into a hash chain (seq, previous_hash, hash) in the order they are sealed; once
-- written an entry never changes, except that sealing fills those three columns once.
create table audit_entry (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null,
    actor_id       bigint,
    actor          varchar(254),
    action         varchar(120) not null,
    target         varchar(120),
    outcome        varchar(20)  not null,
    details        jsonb        not null default '{}'::jsonb,
    seq            bigint,
    previous_hash  varchar(64),
    hash           varchar(64),
    constraint audit_entry_seq_key unique (seq),
    constraint audit_entry_outcome check (outcome in ('DONE', 'REFUSED', 'FAILED'))
);
create index audit_entry_unsealed on audit_entry (id) where seq is null;
create index audit_entry_occurred on audit_entry (occurred_at);

create function guard_audit_entry() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' and old.seq is null and new.seq is not null
        and new.id = old.id and new.occurred_at = old.occurred_at
        and new.actor_id is not distinct from old.actor_id and new.actor is not distinct from old.actor
        and new.action = old.action and new.target is not distinct from old.target
        and new.outcome = old.outcome and new.details = old.details then
        return new;
    end if;
    raise exception 'audit_entry is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_entry_guard
    before update or delete on audit_entry
    for each row execute function guard_audit_entry();
create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function reject_change_of_append_only_table();

-- What each run of the retention job did.
create table retention_run (
    id                   bigint generated always as identity primary key,
    ran_at               timestamptz not null,
    closed_before        timestamptz not null,
    requests_anonymised  integer     not null,
    messages_erased      integer     not null,
    started_by           bigint      references account (id)
);
