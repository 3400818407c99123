package org.mosty.indexer.intake;

/** A file Mosty does not take in (nothing is stored), with the reason in words. */
public class RejectedFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Why a file is refused. */
	public enum Reason {
		/** No bytes at all. */
		EMPTY,
		/** Its content is not a document type Mosty reads. */
		UNSUPPORTED_TYPE
	}

	private final Reason reason;

	private final String mediaType;

	public RejectedFileException(Reason reason, String mediaType, String message) {
		super(message);
		this.reason = reason;
		this.mediaType = mediaType;
	}

	public Reason reason() {
		return reason;
	}

	/** The type detected from the bytes, {@code null} for an empty file. */
	public String mediaType() {
		return mediaType;
	}
}
