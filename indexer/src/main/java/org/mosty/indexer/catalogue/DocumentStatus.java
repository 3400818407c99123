package org.mosty.indexer.catalogue;

/** Where a document is on its way into the index. */
public enum DocumentStatus {
	/** Stored, waiting for the ingest job. */
	PENDING,
	/** Extracted and searchable. */
	INDEXED,
	/** Could not be extracted or indexed; the catalogue keeps the reason. */
	FAILED
}
