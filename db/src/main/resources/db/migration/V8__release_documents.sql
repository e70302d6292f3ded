-- Documents an officer attaches to a decision for release. Each is scanned by the release gate when
-- it arrives; a document with findings is blocked until it is replaced or a second person overrides
-- the findings with a reason. The content lives in its own table, inside the database: nothing
-- serves it directly, it is backed up and replicated with the case, and every node of a cluster
-- reads the same bytes.
create table release_document (
    id                  bigint generated always as identity primary key,
    request_id          bigint        not null references information_request (id),
    file_name           varchar(255)  not null,
    media_type          varchar(120)  not null,
    size_bytes          bigint        not null,
    sha256              varchar(64)   not null,
    uploaded_by         bigint        not null references account (id),
    uploaded_at         timestamptz   not null,
    gate_status         varchar(20)   not null,
    findings            jsonb         not null default '[]',
    derived_from        bigint        references release_document (id) on delete set null,
    overridden_by       bigint        references account (id),
    overridden_at       timestamptz,
    override_reason     text,
    constraint release_document_gate_status check (gate_status in ('CLEAR', 'BLOCKED', 'OVERRIDDEN')),
    constraint release_document_override check (
        (gate_status = 'OVERRIDDEN') = (overridden_by is not null and override_reason is not null)),
    constraint release_document_four_eyes check (overridden_by is null or overridden_by <> uploaded_by)
);
create index release_document_request on release_document (request_id, id);

create table release_document_content (
    document_id  bigint primary key references release_document (id) on delete cascade,
    content      bytea  not null
);
