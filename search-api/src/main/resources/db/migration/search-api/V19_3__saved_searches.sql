-- Issue 19: saved searches. Each keeps the search's parameters (canonical query string), how often
-- its owner wants an alert, a secret token for its private Atom feed, and the watermark: documents
-- that became visible after it have not been alerted yet.
alter table app_user add column email varchar(254);

create table saved_search (
    id          varchar(26)   not null primary key,
    username    varchar(64)   not null references app_user (username) on delete cascade,
    name        varchar(200)  not null,
    parameters  varchar(8000) not null,
    lang        varchar(2)    not null,
    frequency   varchar(8)    not null,
    feed_token  varchar(64)   not null,
    watermark   timestamp with time zone not null,
    version     integer       default 0 not null,
    created_at  timestamp with time zone not null,
    constraint saved_search_frequency_check check (frequency in ('OFF', 'DAILY', 'WEEKLY')),
    constraint saved_search_feed_token unique (feed_token)
);

create index saved_search_user on saved_search (username);
create index saved_search_due on saved_search (frequency, watermark);
