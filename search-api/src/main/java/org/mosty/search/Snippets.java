package org.mosty.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mosty.solr.PageMarkers;

/**
 * Makes a Solr snippet safe to put into HTML. Solr marks matches with private-use characters
 * (see solrconfig.xml); here the whole text is HTML-escaped and only then are the markers turned
 * into {@code <mark>} tags, so nothing in a document can become markup.
 */
final class Snippets {

	static final char START = '\uE000';

	static final char END = '\uE001';

	static final String MARK_OPEN = "<mark>";

	static final String MARK_CLOSE = "</mark>";

	private Snippets() {
	}

	/**
	 * A highlighted passage as shown to users: HTML with {@code <mark>}, and the page of its first
	 * match when the document has pages (page markers, see {@link PageMarkers}).
	 */
	public static SearchResult.Snippet of(String raw) {
		int firstMatch = raw.indexOf(START);
		return new SearchResult.Snippet(toHtml(raw), PageMarkers.pageAt(raw, firstMatch < 0 ? 0 : firstMatch));
	}

	/** Whether Solr marked a match in this passage (else it is a summary of the text). */
	static boolean hasMatch(String raw) {
		return raw.indexOf(START) >= 0;
	}

	/**
	 * The passage as HTML: page markers removed, everything escaped ({@code < > & " '}, as
	 * {@code HtmlUtils.htmlEscape} does), the match markers turned into balanced {@code <mark>}
	 * tags. One pass: this runs for every snippet of every search (issue 9).
	 */
	public static String toHtml(String raw) {
		String text = PageMarkers.strip(raw).strip();
		StringBuilder html = new StringBuilder(text.length() + 48);
		boolean open = false;
		int run = 0; // start of the characters not written yet: copied in one go up to the next special one
		for (int i = 0; i < text.length(); i++) {
			String replacement;
			switch (text.charAt(i)) {
				case START -> {
					replacement = open ? "" : MARK_OPEN;
					open = true;
				}
				case END -> {
					replacement = open ? MARK_CLOSE : "";
					open = false;
				}
				case '<' -> replacement = "&lt;";
				case '>' -> replacement = "&gt;";
				case '&' -> replacement = "&amp;";
				case '"' -> replacement = "&quot;";
				case '\'' -> replacement = "&#39;";
				default -> {
					continue;
				}
			}
			html.append(text, run, i).append(replacement);
			run = i + 1;
		}
		html.append(text, run, text.length());
		if (open) {
			html.append("</mark>");
		}
		return html.toString();
	}

	/** The marked words of a raw highlighted passage, page markers removed, lower-cased, in order, once each. */
	static List<String> marked(String raw) {
		List<String> words = new ArrayList<>();
		int start = raw.indexOf(START);
		while (start >= 0) {
			int end = raw.indexOf(END, start + 1);
			if (end < 0) {
				break;
			}
			String word = PageMarkers.strip(raw.substring(start + 1, end)).strip().toLowerCase(Locale.ROOT);
			if (!word.isEmpty() && !words.contains(word)) {
				words.add(word);
			}
			start = raw.indexOf(START, end + 1);
		}
		return words;
	}
}
