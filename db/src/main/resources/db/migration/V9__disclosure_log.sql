-- The public disclosure log: each answer released (grant or partial grant) with its released
-- documents, the requester replaced by a pseudonym and personal data taken out of the texts. An
-- officer may keep an answer out of the log only with a reason, kept on the request.
alter table information_request add column disclosure_withheld_reason text;

create table disclosure_entry (
    id              bigint generated always as identity primary key,
    request_id      bigint       not null unique references information_request (id),
    body_id         bigint       not null references body (id),
    published_at    timestamptz  not null,
    decided_on      date         not null,
    resolution      varchar(30)  not null,
    pseudonym       varchar(20)  not null,
    language        varchar(5)   not null,
    subject         text         not null,
    request_text    text         not null,
    answer          text         not null,
    withheld_parts  text,
    -- Searched in Arabic and in French at once: each text is stemmed by both dictionaries, so a
    -- word in either language matches its inflected forms; the subject weighs more than the rest.
    search          tsvector generated always as (
        setweight(to_tsvector('french', subject), 'A')
        || setweight(to_tsvector('arabic', subject), 'A')
        || setweight(to_tsvector('french', request_text || ' ' || answer || ' ' || coalesce(withheld_parts, '')), 'B')
        || setweight(to_tsvector('arabic', request_text || ' ' || answer || ' ' || coalesce(withheld_parts, '')), 'B')
    ) stored
);
create index disclosure_entry_search on disclosure_entry using gin (search);
create index disclosure_entry_body on disclosure_entry (body_id, decided_on desc, id desc);
create index disclosure_entry_recent on disclosure_entry (decided_on desc, id desc);
