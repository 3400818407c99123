package org.mosty.indexer.extraction;

import java.util.List;

/**
 * What extraction found in a file.
 *
 * @param text the plain text, paragraphs separated by blank lines
 * @param contentType the detected media type
 * @param pages the number of pages where the format has pages, else {@code null}
 * @param warnings things a person should know (text truncated, ...)
 */
public record Extraction(String text, String contentType, Integer pages, List<String> warnings) {

	public Extraction {
		warnings = List.copyOf(warnings);
	}
}
