package org.mosty.solr;

/**
 * Page numbers carried inside the stored body text, so a highlighted snippet knows its page.
 *
 * <p>Where a document has pages (its extracted text separates them with a form feed), every line of
 * body text, and every run of about {@value #EVERY} characters inside a long line, starts with a
 * marker: {@link #LINE} (or {@link #PAGE_START} on the first line of a page) followed by the page
 * number written with the private-use digits {@code U+E010}–{@code U+E019}. Private-use characters
 * are not word characters for the standard and ICU tokenizers, so the markers produce no terms and
 * no positions: matching, phrases and scoring are unchanged. The highlighter copies them into
 * snippets; the search API reads the page of the first match and removes them (see
 * {@link #pageAt(CharSequence, int)} and {@link #strip(String)}).
 */
public final class PageMarkers {

	/** Starts a marker for a line (or a stretch of a line) on the page that follows. */
	public static final char LINE = '\uE002';

	/** Starts a marker for the first line of a page. */
	public static final char PAGE_START = '\uE003';

	/** A marker is repeated inside a line after about this many characters. */
	public static final int EVERY = 120;

	private static final char ZERO = '\uE010';

	private static final char NINE = '\uE019';

	private PageMarkers() {
	}

	/** The marker for a page (1-based). */
	public static String marker(int page, boolean pageStart) {
		if (page < 1) {
			throw new IllegalArgumentException("page must be 1 or more: " + page);
		}
		String digits = Integer.toString(page);
		StringBuilder marker = new StringBuilder(digits.length() + 1);
		marker.append(pageStart ? PAGE_START : LINE);
		for (int i = 0; i < digits.length(); i++) {
			marker.append((char) (ZERO + (digits.charAt(i) - '0')));
		}
		return marker.toString();
	}

	/** Whether a character belongs to a page marker. */
	public static boolean isMarkerChar(char c) {
		return c == LINE || c == PAGE_START || (c >= ZERO && c <= NINE);
	}

	/** The text without page markers. */
	public static String strip(String text) {
		StringBuilder plain = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isMarkerChar(c)) {
				if (plain == null) {
					plain = new StringBuilder(text.length());
					plain.append(text, 0, i);
				}
			}
			else if (plain != null) {
				plain.append(c);
			}
		}
		return plain == null ? text : plain.toString();
	}

	/**
	 * The page of the character at {@code at} in a stretch of marked text (a snippet): the page of
	 * the last marker before it, else of the first marker after it (the page before, when that
	 * marker starts a page), else {@code null} (no pages, or no marker in reach).
	 */
	public static Integer pageAt(CharSequence text, int at) {
		if (text instanceof String string && string.indexOf(LINE) < 0 && string.indexOf(PAGE_START) < 0) {
			// no pages: the common case, answered without the char-by-char scan below (which showed
			// as a third of the search API's own CPU in JFR during bench/run search, issue 9)
			return null;
		}
		Integer before = null;
		int limit = Math.min(at, text.length());
		for (int i = 0; i < limit; i++) {
			char c = text.charAt(i);
			if (c == LINE || c == PAGE_START) {
				Integer page = number(text, i + 1);
				if (page != null) {
					before = page;
				}
			}
		}
		if (before != null) {
			return before;
		}
		for (int i = Math.max(0, limit); i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == LINE || c == PAGE_START) {
				Integer page = number(text, i + 1);
				if (page != null) {
					return c == PAGE_START ? Math.max(1, page - 1) : page;
				}
			}
		}
		return null;
	}

	private static Integer number(CharSequence text, int from) {
		int value = 0;
		int i = from;
		while (i < text.length() && text.charAt(i) >= ZERO && text.charAt(i) <= NINE && i - from < 9) {
			value = value * 10 + (text.charAt(i) - ZERO);
			i++;
		}
		return i == from ? null : value;
	}
}
