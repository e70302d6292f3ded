-- What each body publishes of its own accord under Art. 10 of Law 31-13: one row per category of
-- the law that the body has declared, with where it is published and when it was last updated.
-- A category the body has not declared has no row: the public sees it as not declared.
create table proactive_publication (
    body_id       bigint        not null references body (id),
    category      varchar(40)   not null,
    status        varchar(20)   not null,
    url           varchar(2000),
    last_updated  date,
    note          text,
    declared_by   bigint        not null references account (id),
    declared_at   timestamptz   not null,
    primary key (body_id, category),
    constraint proactive_publication_status check (status in ('PUBLISHED', 'NOT_PUBLISHED', 'NOT_APPLICABLE')),
    constraint proactive_publication_published check (
        status <> 'PUBLISHED' or (url is not null and last_updated is not null)),
    constraint proactive_publication_not_applicable check (status <> 'NOT_APPLICABLE' or note is not null)
);
