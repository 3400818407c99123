package org.mosty.indexer.catalogue;

/** Why a document could not be indexed, in words an editor understands. */
public enum FailureCategory {

	/** The file is encrypted or needs a password. */
	PASSWORD_PROTECTED("password-protected"),
	/** The bytes are damaged or not what their type promises. */
	CORRUPT("corrupt or unreadable"),
	/** No parser understands the file. */
	UNSUPPORTED_TYPE("unsupported type"),
	/** Extraction took longer than the per-document timeout and was stopped. */
	TIMEOUT("timeout"),
	/** The file expands to more than Mosty accepts (a decompression bomb, too many parts). */
	TOO_LARGE("too large"),
	/** Extraction ran but produced no text (an image-only scan without OCR, an empty file). */
	EMPTY_TEXT("empty text"),
	/** Extraction needed more memory than an extraction process may use. */
	OUT_OF_MEMORY("out of memory"),
	/** The extraction process died on this file. */
	PARSER_CRASH("parser crash"),
	/** The stored bytes are missing from the file store. */
	MISSING_FILE("missing file");

	private final String label;

	FailureCategory(String label) {
		this.label = label;
	}

	/** A short lower-case label, the start of every failure reason of this category. */
	public String label() {
		return label;
	}
}
