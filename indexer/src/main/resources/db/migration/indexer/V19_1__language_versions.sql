-- Issue 19: documents that are translations of each other share a group (the id of one of them);
-- null for a document with no other language version
alter table document add column language_group varchar(26);
create index document_language_group on document (language_group);
