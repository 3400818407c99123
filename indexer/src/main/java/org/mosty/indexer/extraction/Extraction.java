package org.mosty.indexer.extraction;

import java.util.List;

import org.mosty.indexer.catalogue.ExtractionReport;

/**
 * What extraction found in a file.
 *
 * @param text the plain text, paragraphs separated by blank lines; for paged formats (PDF) pages
 *     are separated by a form feed {@code \f} (U+000C), so page {@code n} is the {@code n}-th
 *     {@code \f}-separated part
 * @param contentType the detected media type
 * @param pages the number of pages where the format has pages, else {@code null}
 * @param warnings things a person should know (text truncated, ...)
 * @param ocrPages pages whose text came from OCR
 * @param durationMillis how long extraction took
 */
public record Extraction(String text, String contentType, Integer pages, List<String> warnings, int ocrPages,
		long durationMillis) {

	/** The page separator in {@link #text()}. */
	public static final char PAGE_BREAK = '\f';

	public Extraction {
		warnings = List.copyOf(warnings);
	}

	public Extraction(String text, String contentType, Integer pages, List<String> warnings) {
		this(text, contentType, pages, warnings, 0, 0);
	}

	/** The report the catalogue keeps of a successful extraction. */
	public ExtractionReport report() {
		return new ExtractionReport(pages, text.length(), ocrPages > 0, ocrPages, warnings, durationMillis, null,
				null);
	}
}
