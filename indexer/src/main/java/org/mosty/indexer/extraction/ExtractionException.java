package org.mosty.indexer.extraction;

import java.util.List;

import org.mosty.indexer.catalogue.ExtractionReport;
import org.mosty.indexer.catalogue.FailureCategory;

/**
 * A file whose text cannot be extracted; the message is the reason shown to editors and always
 * starts with the category's label.
 */
public class ExtractionException extends Exception {

	private static final long serialVersionUID = 1L;

	private final FailureCategory category;

	private final long durationMillis;

	private final List<String> warnings;

	private String sha256;

	public ExtractionException(FailureCategory category, String detail) {
		this(category, detail, 0, List.of(), null);
	}

	public ExtractionException(FailureCategory category, String detail, long durationMillis, List<String> warnings,
			Throwable cause) {
		super(category.label() + ": " + detail, cause);
		this.category = category;
		this.durationMillis = durationMillis;
		this.warnings = List.copyOf(warnings);
	}

	public FailureCategory category() {
		return category;
	}

	/** Names the file (its SHA-256) this failure is of, so it is recorded against that file only. */
	public ExtractionException ofFile(String fileSha256) {
		this.sha256 = fileSha256;
		return this;
	}

	/** The SHA-256 of the file that failed, when known. */
	public String sha256() {
		return sha256;
	}

	/** The report the catalogue keeps of this failure. */
	public ExtractionReport report() {
		return ExtractionReport.failed(category, getMessage(), durationMillis, warnings);
	}
}
