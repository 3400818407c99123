package org.mosty.web.reader;

import java.util.List;

import org.mosty.documents.DocumentPages;

/**
 * What the reading view's template places, ready-made.
 *
 * @param pdfUrl the file for PDF.js when the document is a PDF, else {@code null}
 * @param pdfSize its size in bytes (PDF.js reads ranges of it)
 * @param terms the matched words as a JSON array, for the PDF's text layer
 * @param paragraphs the page's text, each paragraph as segments (matched words marked)
 * @param matchPages pages where the matched words stand, with how many times
 */
record ReadingView(String id, String title, String titleLanguage, String textLanguage, String query, int page,
		int pages, String pageLabel, String pdfUrl, long pdfSize, String terms, List<List<DocumentPages.Segment>> paragraphs,
		String previousUrl, String nextUrl, String documentUrl, List<PageLink> matchPages, String matchesText,
		String pageFormAction) {

	/** A page with matches. */
	record PageLink(int number, String url, int count, boolean current, String label) {
	}
}
