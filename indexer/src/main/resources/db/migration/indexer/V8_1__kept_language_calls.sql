-- Issue 9: the language detections made at ingest, kept with the text (JSON, by segment text), so
-- reindexJob rebuilds the index without running language detection again
alter table document_text add column language_calls text;
