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

	/** The report the catalogue keeps of this failure. */
	public ExtractionReport report() {
		return ExtractionReport.failed(category, getMessage(), durationMillis, warnings);
	}
}
