-- issue 4: what extraction did for each document, and why a FAILED one failed (a category)
alter table document add column failure_category varchar(32);
alter table document add column extraction_report text;
