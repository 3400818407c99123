package org.mosty.indexer.ingest;

import java.util.List;

import org.mosty.indexer.language.Segment;

/**
 * The opening of a document's text, stored with it in the index ({@code summary}) and shown for a
 * search hit that matched no passage of the text (a title or metadata match). It replaces the
 * highlighter's default summaries, which Solr made for every text field of every hit, whether a
 * passage matched or not: a third of each search response, mostly thrown away (issue 9,
 * docs/benchmarks.md).
 */
final class Summary {

	/** About as long as a highlighted passage (solrconfig.xml {@code hl.fragsize} 220) and a little more. */
	static final int MAX_CHARS = 300;

	private Summary() {
	}

	/**
	 * The first {@value #MAX_CHARS} characters or so of the segments in the document's language (of
	 * all segments when none is), ended at a space with an ellipsis when cut; page markers are kept,
	 * so the search API can tell the page. {@code null} without text.
	 */
	static String of(List<Segment> segments, String language) {
		List<Segment> own = segments.stream().filter(segment -> segment.language().equals(language)).toList();
		StringBuilder text = new StringBuilder(MAX_CHARS + 64);
		for (Segment segment : own.isEmpty() ? segments : own) {
			String part = segment.text().strip();
			if (part.isEmpty()) {
				continue;
			}
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(part);
			if (text.length() > MAX_CHARS) {
				break;
			}
		}
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() <= MAX_CHARS) {
			return text.toString();
		}
		int cut = MAX_CHARS;
		while (cut > MAX_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) {
			cut--;
		}
		if (cut == MAX_CHARS / 2) {
			cut = MAX_CHARS; // one very long word: cut inside it
		}
		if (Character.isHighSurrogate(text.charAt(cut - 1))) {
			cut--;
		}
		return text.substring(0, cut).stripTrailing() + "…";
	}
}
