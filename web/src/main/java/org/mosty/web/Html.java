package org.mosty.web;

import org.springframework.web.util.HtmlUtils;

/** Escaping for the HTML the UI writes in Java ({@link ResultsHtml}, {@link SearchPageHtml}, {@link LayoutHtml}). */
final class Html {

	private Html() {
	}

	/** {@code text} safe in element content and in double-quoted attributes; {@code null} is empty. */
	static String escape(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
