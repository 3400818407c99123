package org.mosty.indexer.ingest;

/** Solr did not take a chunk after every retry: the run fails and is restarted later. */
class SolrUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	SolrUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
