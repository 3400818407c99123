-- The catalogue is the system of record; Solr is derived from it and can be rebuilt.
create table document (
    id              varchar(26)   not null primary key,
    file_name       varchar(255)  not null,
    size_bytes      bigint        not null,
    sha256          char(64)      not null,
    content_type    varchar(255),
    title           varchar(1000) not null,
    access_level    varchar(16)   not null,
    metadata        text          not null,
    status          varchar(16)   not null,
    failure_reason  varchar(2000),
    language        varchar(8),
    languages       varchar(128),
    pages           integer,
    text_chars      integer,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    indexed_at      timestamp with time zone,
    constraint document_status_check check (status in ('PENDING', 'INDEXED', 'FAILED')),
    constraint document_access_check check (access_level in ('PUBLIC', 'MEMBERS', 'RESTRICTED'))
);

create index document_status_created on document (status, created_at);
create index document_sha256 on document (sha256);

-- extracted text is kept so the index can be rebuilt without extracting again
create table document_text (
    document_id varchar(26) not null primary key references document (id),
    content     text        not null
);
