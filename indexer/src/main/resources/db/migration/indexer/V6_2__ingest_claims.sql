-- Issue 7: several workers share the ingest work. A worker claims PENDING documents (claimed_by,
-- claimed_at) before extracting them; a claim is a lease that the worker renews while it lives, so
-- the claims of a worker that died go back to the pool once the lease has expired. claimed_by stays
-- after the document is done (who processed it), claimed_at is cleared (so a document that goes back
-- to PENDING, a new version or a retry, is claimable at once); attempts counts the claims.
alter table document add column claimed_by varchar(128);
alter table document add column claimed_at timestamp with time zone;
alter table document add column attempts integer default 0 not null;

create index document_claim on document (status, claimed_at);
