package org.mosty.indexer.language;

/**
 * A stretch of a document's text in one language.
 *
 * @param language the ISO 639-1 code the segment is routed by
 * @param text the segment's text as extracted
 * @param page the 1-based page the segment sits on (pages are separated by form feeds in the
 *     extracted text; text without form feeds is page 1). A segment never spans pages.
 */
public record Segment(String language, String text, int page) {

	public Segment(String language, String text) {
		this(language, text, 1);
	}
}
