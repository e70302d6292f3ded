-- Annual transparency reports, national (no body) or for one body. Each issue is generated in the
-- background and kept exactly as issued: its files never change, and each carries its SHA-256 so that
-- a copy can be checked against the original.

create table annual_report (
    id            bigint generated always as identity primary key,
    body_id       bigint       references body (id),
    year          integer      not null,
    covers_until  date,
    status        varchar(20)  not null,
    progress      integer      not null default 0,
    step          varchar(40),
    failure       varchar(200),
    requested_by  bigint       not null references account (id),
    requested_at  timestamptz  not null,
    completed_at  timestamptz,
    constraint annual_report_status check (status in ('QUEUED', 'RUNNING', 'ISSUED', 'FAILED')),
    constraint annual_report_progress check (progress between 0 and 100),
    constraint annual_report_issued check ((status = 'ISSUED') = (covers_until is not null and completed_at is not null))
);
-- One report of a scope and year in the making at a time.
create unique index annual_report_in_progress on annual_report (coalesce(body_id, 0), year)
    where status in ('QUEUED', 'RUNNING');
create index annual_report_scope on annual_report (year, body_id);

create table annual_report_file (
    id          bigint generated always as identity primary key,
    report_id   bigint       not null references annual_report (id),
    name        varchar(120) not null,
    media_type  varchar(100) not null,
    language    varchar(2),
    size_bytes  bigint       not null,
    sha256      char(64)     not null,
    content     bytea        not null,
    constraint annual_report_file_name_key unique (report_id, name),
    constraint annual_report_file_size check (size_bytes = octet_length(content))
);

create trigger annual_report_file_append_only
    before update or delete on annual_report_file
    for each row execute function reject_change_of_append_only_table();
create trigger annual_report_file_no_truncate
    before truncate on annual_report_file
    for each statement execute function reject_change_of_append_only_table();
