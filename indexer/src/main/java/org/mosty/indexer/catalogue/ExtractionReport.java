package org.mosty.indexer.catalogue;

import java.util.List;

/**
 * What happened when a document's text was extracted, kept in the catalogue and shown to editors.
 *
 * @param pages pages where the format has pages, else {@code null}
 * @param characters characters of extracted text ({@code 0} when none)
 * @param ocrUsed whether any page was read by OCR
 * @param ocrPages how many pages were read by OCR
 * @param warnings things a person should know (text truncated, parts skipped, ...)
 * @param durationMillis how long extraction took, start of the child process call to its answer
 * @param failureCategory why the document FAILED, {@code null} when it did not
 * @param failureReason the reason in words, {@code null} when it did not fail
 */
public record ExtractionReport(Integer pages, int characters, boolean ocrUsed, int ocrPages, List<String> warnings,
		long durationMillis, FailureCategory failureCategory, String failureReason) {

	public ExtractionReport {
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
	}

	/** A failure before or during extraction, with what is known. */
	public static ExtractionReport failed(FailureCategory category, String reason, long durationMillis,
			List<String> warnings) {
		return new ExtractionReport(null, 0, false, 0, warnings, durationMillis, category, reason);
	}
}
