create table app_user (
    username      varchar(64)  not null primary key,
    password_hash varchar(100) not null,
    role          varchar(16)  not null,
    created_at    timestamp with time zone not null,
    constraint app_user_role_check check (role in ('MEMBER', 'EDITOR', 'ADMIN'))
);
