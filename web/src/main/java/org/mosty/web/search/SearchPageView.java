package org.mosty.web.search;

import java.util.List;

import org.mosty.web.i18n.VersionLinks;

/**
 * What the search page's template ({@code templates/search/page.html}) shows, worked out in Java
 * by {@link SearchPageViews}: every label in the page's language, every link built, so the
 * template only places values. Texts are plain (the template escapes them), except a snippet's
 * {@code html}, which the search service escaped and marked with {@code <mark>}.
 *
 * @param query the words as typed, or {@code null}
 * @param error the bad request's problems in the page's language, or {@code null} (then no results)
 * @param results the answer, or {@code null} for a bad request
 */
record SearchPageView(String lang, String title, String feedUrl, String query, String error, Results results) {

	/** Everything under the search box for an answered search. */
	record Results(List<FacetBox> facets, String yearFrom, String yearTo, List<YearLink> years, List<Chip> chips,
			String clearUrl, String total, List<SortOption> sorts, Link didYouMean, boolean empty,
			List<Link> relaxations, List<Hit> hits, Pages pages) {
	}

	/** One facet's checkboxes: the first few and the selected shown, the rest behind "more" ({@code moreLabel}). */
	record FacetBox(String legend, List<Checkbox> shown, List<Checkbox> more, String moreLabel) {
	}

	record Checkbox(String id, String name, String value, String label, long count, boolean checked) {
	}

	/** A year with documents: a link limiting the search to it, {@code label} its spoken form. */
	record YearLink(String url, String label, String year, long count) {
	}

	/** An active filter, removed by following {@code removeUrl}. */
	record Chip(String facet, String label, String removeUrl) {
	}

	record SortOption(String id, String label, boolean selected) {
	}

	record Link(String url, String text) {
	}

	/**
	 * A hit: {@code language} is the document's language for its snippets ({@code null} if unknown),
	 * {@code titleLanguage} the title's.
	 */
	record Hit(String icon, String url, String title, String titleLanguage, String type, String organization,
			Integer year, List<Badge> badges, String language, List<Snippet> snippets, List<Gloss> glosses,
			List<VersionLinks.Link> versions) {
	}

	/** A language of a document: its code as shown and its name for screen readers. */
	record Badge(String code, String label) {
	}

	/** @param html escaped by the search service, {@code <mark>} around the matches; {@code page} the page label or {@code null} */
	record Snippet(String html, String page, String readUrl) {
	}

	/** Issue 17: why a hit in another language is there, "притулок = azyl". */
	record Gloss(String matched, String query) {
	}

	/** The page links around the current page; {@code null} when everything fits on one page. */
	record Pages(String previousUrl, List<PageLink> links, String nextUrl) {
	}

	record PageLink(long number, String url, String label, boolean current) {
	}
}
