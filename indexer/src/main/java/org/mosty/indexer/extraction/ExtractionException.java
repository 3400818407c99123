package org.mosty.indexer.extraction;

/** A file whose text cannot be extracted; the message is the reason shown to editors. */
public class ExtractionException extends Exception {

	private static final long serialVersionUID = 1L;

	public ExtractionException(String reason) {
		super(reason);
	}

	public ExtractionException(String reason, Throwable cause) {
		super(reason, cause);
	}
}
