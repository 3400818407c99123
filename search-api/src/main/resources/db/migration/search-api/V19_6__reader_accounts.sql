-- Issue 19: reader accounts. READER sees what anonymous readers see; a self-registered account is
-- disabled until its address is confirmed. account_token keeps the SHA-256 of each one-time link
-- (address confirmation, password reset), never the link itself.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check check (role in ('READER', 'MEMBER', 'EDITOR', 'ADMIN'));
alter table app_user add column enabled boolean default true not null;
alter table app_user add column email_confirmed_at timestamp with time zone;

create table account_token (
    token_hash char(64)    not null primary key,
    username   varchar(64) not null references app_user (username) on delete cascade,
    purpose    varchar(16) not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    constraint account_token_purpose_check check (purpose in ('CONFIRM', 'RESET'))
);

create index account_token_user on account_token (username);
