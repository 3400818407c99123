package org.mosty.indexer.ingest;

import java.util.ArrayList;
import java.util.List;

import org.mosty.indexer.language.Segment;
import org.mosty.solr.PageMarkers;

/**
 * Puts page markers ({@link PageMarkers}) into the body text segments of a document whose
 * extracted text has pages (form feeds between them), so that search snippets can say on which
 * page they are. Text without a form feed is left as it is.
 *
 * <p>Segments are paragraphs of the extracted text in order (see
 * {@link org.mosty.indexer.language.SegmentLanguages}); each of their lines is found again in the
 * extracted text, from where the previous one ended, to learn its page. Only the stored,
 * highlighted {@code text_*} values carry markers; {@code text_exact} and the catalogue keep the
 * plain text.
 */
final class PageSegments {

	private PageSegments() {
	}

	static List<Segment> mark(String extractedText, List<Segment> segments) {
		if (extractedText == null || extractedText.indexOf('\f') < 0) {
			return segments;
		}
		Marker marker = new Marker(extractedText);
		List<Segment> marked = new ArrayList<>(segments.size());
		for (Segment segment : segments) {
			marked.add(new Segment(segment.language(), marker.mark(segment.text())));
		}
		return marked;
	}

	/** Walks the extracted text once, segment after segment. */
	private static final class Marker {

		/** How far past the previous line the next one is looked for. */
		private static final int WINDOW = 20_000;

		private final String text;

		private int cursor;

		/** The page of the last marker written, 0 before the first. */
		private int lastPage;

		/** Characters of the text looked at by {@link #pageAt(int)}, and the form feeds among them. */
		private int counted;

		private int formFeeds;

		Marker(String text) {
			this.text = text;
		}

		String mark(String segment) {
			StringBuilder out = new StringBuilder(segment.length() + segment.length() / 16 + 8);
			String[] lines = segment.split("\n", -1);
			for (int l = 0; l < lines.length; l++) {
				if (l > 0) {
					out.append('\n');
				}
				String line = lines[l];
				if (line.isBlank()) {
					out.append(line);
					continue;
				}
				int at = find(line);
				int page;
				if (at >= 0) {
					cursor = at + line.length();
					page = pageAt(at);
				}
				else {
					page = Math.max(1, lastPage);
				}
				appendLine(out, line, page);
			}
			return out.toString();
		}

		/**
		 * Where the line starts in the extracted text, looking no further than {@link #WINDOW}
		 * characters past the previous line (segments skip only blank lines), or -1. Bounded so a
		 * text that segmentation reshaped cannot make marking quadratic.
		 */
		private int find(String line) {
			int last = Math.min(text.length() - line.length(), cursor + WINDOW);
			char first = line.charAt(0);
			for (int i = cursor; i <= last; i++) {
				if (text.charAt(i) == first && text.startsWith(line, i)) {
					return i;
				}
			}
			return -1;
		}

		private void appendLine(StringBuilder out, String line, int page) {
			out.append(PageMarkers.marker(page, page != lastPage));
			lastPage = page;
			int sinceMarker = 0;
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				out.append(c);
				sinceMarker++;
				if (c == '\f') {
					lastPage++;
					out.append(PageMarkers.marker(lastPage, true));
					sinceMarker = 0;
				}
				else if (sinceMarker >= PageMarkers.EVERY && Character.isWhitespace(c)) {
					out.append(PageMarkers.marker(lastPage, false));
					sinceMarker = 0;
				}
			}
		}

		/**
		 * 1 + the number of form feeds before a position of the extracted text. Positions only grow
		 * (lines are found in order), so the count goes on from the last call.
		 */
		private int pageAt(int position) {
			while (counted < position) {
				if (text.charAt(counted) == '\f') {
					formFeeds++;
				}
				counted++;
			}
			return formFeeds + 1;
		}
	}
}
