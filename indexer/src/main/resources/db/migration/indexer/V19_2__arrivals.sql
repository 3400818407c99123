-- Issue 19: when a document became news for saved-search alerts.
-- released_at: its current file became searchable (a new document, a new version, a retry that
-- succeeded) or it was restored after a withdrawal; opened_at/opened_from: the last time its access
-- level was widened, and the level it had before, so an alert can tell who could not see it yet.
alter table document add column released_at timestamp with time zone;
alter table document add column opened_at timestamp with time zone;
alter table document add column opened_from varchar(16);
update document set released_at = indexed_at where status = 'INDEXED';
create index document_released on document (released_at);
create index document_opened on document (opened_at);
