-- Issue 19: a suggested language version an editor dismissed is not suggested again for that document
create table translation_dismissal (
    document_id  varchar(26) not null references document (id),
    other_id     varchar(26) not null references document (id),
    dismissed_by varchar(64) not null,
    dismissed_at timestamp with time zone not null,
    constraint translation_dismissal_pk primary key (document_id, other_id)
);
