-- E-mail verification at sign-up and password reset: single-use tokens, stored only as hashes.
alter table account add column email_verified_at timestamptz;
-- Accounts created before verification existed, and staff accounts, have addresses vouched for.
update account set email_verified_at = created_at;

create table account_token (
    id          bigint generated always as identity primary key,
    account_id  bigint      not null references account (id),
    purpose     varchar(30) not null,
    token_hash  varchar(64) not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null,
    constraint account_token_hash_key unique (token_hash),
    constraint account_token_purpose check (purpose in ('EMAIL_VERIFICATION', 'PASSWORD_RESET'))
);
create index account_token_account on account_token (account_id, purpose);
