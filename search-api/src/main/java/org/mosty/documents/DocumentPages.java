package org.mosty.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Issue 19, the document read in place: a document's extracted text as pages, and a page's text with words marked. Text with pages (PDF:
 * form feeds between them) keeps them; other text is cut into pages of about {@value #PAGE_CHARS}
 * characters at paragraph ends. Words are marked where they stand as whole words, ignoring case.
 */
public final class DocumentPages {

	/** How long a page of text without pages of its own is, about. */
	public static final int PAGE_CHARS = 4000;

	private DocumentPages() {
	}

	/** A stretch of a paragraph, marked (a matched word) or not. */
	public record Segment(String text, boolean marked) {
	}

	/** The pages of a text; never empty (an empty text is one empty page). */
	public static List<String> pages(String text) {
		String all = text == null ? "" : text.replace("\r\n", "\n");
		List<String> pages = new ArrayList<>();
		if (all.indexOf('\f') >= 0) {
			for (String page : all.split("\f", -1)) {
				pages.add(page);
			}
			// a form feed at the very end makes no page of its own
			if (pages.size() > 1 && pages.get(pages.size() - 1).isBlank()) {
				pages.remove(pages.size() - 1);
			}
			return pages;
		}
		int start = 0;
		while (start < all.length()) {
			int end = Math.min(all.length(), start + PAGE_CHARS);
			if (end < all.length()) {
				int paragraph = all.lastIndexOf("\n\n", end);
				int line = all.lastIndexOf('\n', end);
				int space = all.lastIndexOf(' ', end);
				int cut = paragraph > start + PAGE_CHARS / 2 ? paragraph
						: line > start + PAGE_CHARS / 2 ? line : space > start + PAGE_CHARS / 2 ? space : end;
				end = cut;
			}
			pages.add(all.substring(start, end));
			start = end;
		}
		if (pages.isEmpty()) {
			pages.add("");
		}
		return pages;
	}

	/** The paragraphs of a page (blank lines between them), each as segments with the terms marked. */
	public static List<List<Segment>> paragraphs(String page, List<String> terms) {
		List<List<Segment>> paragraphs = new ArrayList<>();
		for (String paragraph : page.split("\n\\s*\n")) {
			String flat = paragraph.replaceAll("\\s+", " ").strip();
			if (!flat.isEmpty()) {
				paragraphs.add(mark(flat, terms));
			}
		}
		return paragraphs;
	}

	/** A page (1-based) where the terms stand, and how many times. */
	public record PageMatches(int page, int matches) {
	}

	/** The pages where the terms stand, in order; empty without terms. */
	public static List<PageMatches> matchesByPage(List<String> pages, List<String> terms) {
		List<PageMatches> found = new ArrayList<>();
		if (terms.isEmpty()) {
			return found;
		}
		for (int i = 0; i < pages.size(); i++) {
			int count = matches(pages.get(i), terms);
			if (count > 0) {
				found.add(new PageMatches(i + 1, count));
			}
		}
		return found;
	}

	/** How many times the terms stand in a page. */
	public static int matches(String page, List<String> terms) {
		return (int) mark(page, terms).stream().filter(Segment::marked).count();
	}

	/** The text as segments, every whole-word occurrence of a term (longest first) marked. */
	public static List<Segment> mark(String text, List<String> terms) {
		List<String> words = terms.stream()
			.map(term -> term.strip().toLowerCase(Locale.ROOT))
			.filter(term -> !term.isEmpty())
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		List<Segment> segments = new ArrayList<>();
		if (words.isEmpty()) {
			segments.add(new Segment(text, false));
			return segments;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		int plainFrom = 0;
		int i = 0;
		while (i < text.length()) {
			String found = null;
			if (i == 0 || !wordChar(text, i - 1)) {
				for (String word : words) {
					int end = i + word.length();
					// lower-casing keeps the length of these scripts; anything else is skipped, not mis-marked
					if (lower.length() == text.length() && lower.startsWith(word, i)
							&& (end == text.length() || !wordChar(text, end))) {
						found = word;
						break;
					}
				}
			}
			if (found != null) {
				if (i > plainFrom) {
					segments.add(new Segment(text.substring(plainFrom, i), false));
				}
				segments.add(new Segment(text.substring(i, i + found.length()), true));
				i += found.length();
				plainFrom = i;
			}
			else {
				i++;
			}
		}
		if (plainFrom < text.length()) {
			segments.add(new Segment(text.substring(plainFrom), false));
		}
		return segments;
	}

	private static boolean wordChar(String text, int at) {
		char c = text.charAt(at);
		return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '\u02BC';
	}
}
