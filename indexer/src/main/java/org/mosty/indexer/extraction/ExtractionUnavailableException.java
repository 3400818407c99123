package org.mosty.indexer.extraction;

/**
 * The extraction service itself failed (a child JVM could not start, the pool did not answer):
 * no fault of the document, so the ingest run stops and can be restarted, nothing is marked FAILED.
 */
public class ExtractionUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ExtractionUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
