package org.mosty.search;

import org.mosty.solr.PageMarkers;
import org.springframework.web.util.HtmlUtils;

/**
 * Makes a Solr snippet safe to put into HTML. Solr marks matches with private-use characters
 * (see solrconfig.xml); here the whole text is HTML-escaped and only then are the markers turned
 * into {@code <mark>} tags, so nothing in a document can become markup.
 */
public final class Snippets {

	static final char START = '\uE000';

	static final char END = '\uE001';

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

	public static String toHtml(String raw) {
		String escaped = HtmlUtils.htmlEscape(PageMarkers.strip(raw).strip(), "UTF-8");
		StringBuilder html = new StringBuilder(escaped.length() + 32);
		boolean open = false;
		for (int i = 0; i < escaped.length(); i++) {
			char c = escaped.charAt(i);
			if (c == START && !open) {
				html.append("<mark>");
				open = true;
			}
			else if (c == END && open) {
				html.append("</mark>");
				open = false;
			}
			else if (c != START && c != END) {
				html.append(c);
			}
		}
		if (open) {
			html.append("</mark>");
		}
		return html.toString();
	}
}
