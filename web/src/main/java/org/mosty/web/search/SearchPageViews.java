package org.mosty.web.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mosty.web.reader.ReadLinks;
import org.mosty.web.i18n.UiFormat;
import org.mosty.web.i18n.VersionLinks;
import org.mosty.web.i18n.Plurals;
import org.mosty.search.Facet;
import org.mosty.search.FacetLabels;
import org.mosty.search.SearchRequest;
import org.mosty.search.SearchResult;
import org.mosty.search.SearchSort;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Turns a search and its answer into the search page's {@link SearchPageView}: labels in the
 * page's language, counted texts in the right plural form, links. The template then evaluates one
 * plain property per value, which keeps the page close to {@code /api/search} in server time (see
 * docs/benchmarks.md).
 */
@Component
class SearchPageViews {

	/** The facets shown as checkboxes, in this order (the year is a range). */
	static final List<Facet> FACETS = List.of(Facet.TYPE, Facet.TOPIC, Facet.LANGUAGE, Facet.ORGANIZATION,
			Facet.REGION, Facet.AUDIENCE);

	/** Values shown before "more". */
	static final int VISIBLE_VALUES = 8;

	private final MessageSource messages;

	private final FacetLabels labels;

	private final UiFormat format;

	private final Plurals plurals;

	private final VersionLinks versionLinks;

	SearchPageViews(MessageSource messages, FacetLabels labels, UiFormat format, Plurals plurals,
			VersionLinks versionLinks) {
		this.messages = messages;
		this.labels = labels;
		this.format = format;
		this.plurals = plurals;
		this.versionLinks = versionLinks;
	}

	/** The page for a request the parser refused: the search box (empty) and the problems. */
	SearchPageView refused(String lang, String problems) {
		return new SearchPageView(lang, title(null, lang), null, null, problems, null);
	}

	/** The page for an answered search; {@code relaxations} only for an empty filtered one, else {@code null}. */
	SearchPageView answered(SearchRequest request, SearchResult result, SearchLinks links,
			List<SearchPageController.Chip> chips, List<SearchPageController.Relaxation> relaxations, String feedUrl) {
		String lang = request.lang();
		Locale locale = Locale.forLanguageTag(lang);
		List<SearchPageView.Chip> chipViews = chips.stream()
			.map(chip -> new SearchPageView.Chip(message("facet." + chip.facet(), locale), chip.label(), chip.removeUrl()))
			.toList();
		List<SearchPageView.SortOption> sorts = new ArrayList<>();
		for (SearchSort sort : SearchSort.values()) {
			sorts.add(new SearchPageView.SortOption(sort.id(), message("w.sort." + sort.id(), locale),
					request.sort() == sort));
		}
		SearchPageView.Link didYouMean = result.didYouMean() == null ? null
				: new SearchPageView.Link(links.query(result.didYouMean()), result.didYouMean());
		List<SearchPageView.Link> ways = new ArrayList<>();
		if (relaxations != null) {
			for (SearchPageController.Relaxation relaxation : relaxations) {
				ways.add(new SearchPageView.Link(relaxation.url(),
						plurals.text("w.empty.drop", lang, relaxation.total(), relaxation.label())));
			}
			if (relaxations.size() > 1) {
				ways.add(new SearchPageView.Link(links.withoutFilters(), message("w.chips.clear", locale)));
			}
		}
		SearchPageView.Results results = new SearchPageView.Results(facets(result, locale),
				request.yearFrom() == null ? null : String.valueOf(request.yearFrom()),
				request.yearTo() == null ? null : String.valueOf(request.yearTo()), years(result, links, lang), chipViews,
				chips.size() > 1 ? links.withoutFilters() : null,
				plurals.text("w.results", lang, result.total()), sorts, didYouMean, result.total() == 0, ways,
				hits(result, lang, locale), pages(result, links, locale));
		return new SearchPageView(lang, title(request.hasQuery() ? request.query() : null, lang), feedUrl,
				request.query(), null, results);
	}

	private String title(String query, String lang) {
		return (query != null ? query : message("w.search.title", Locale.forLanguageTag(lang))) + " · Mosty";
	}

	private List<SearchPageView.FacetBox> facets(SearchResult result, Locale locale) {
		List<SearchPageView.FacetBox> boxes = new ArrayList<>();
		for (Facet facet : FACETS) {
			List<SearchResult.FacetValue> values = result.facets().get(facet.parameter());
			if (values == null || values.isEmpty()) {
				continue;
			}
			String name = facet.parameter();
			List<SearchPageView.Checkbox> shown = new ArrayList<>();
			List<SearchPageView.Checkbox> more = new ArrayList<>();
			for (int i = 0; i < values.size(); i++) {
				SearchResult.FacetValue value = values.get(i);
				SearchPageView.Checkbox box = new SearchPageView.Checkbox("f-" + name + "-" + i, "f." + name,
						value.value(), value.label(), value.count(), value.selected());
				(i < VISIBLE_VALUES || value.selected() ? shown : more).add(box);
			}
			String moreLabel = more.isEmpty() ? null
					: messages.getMessage("w.filters.more", new Object[] { more.size() }, locale);
			boxes.add(new SearchPageView.FacetBox(message("facet." + name, locale), shown, more, moreLabel));
		}
		return boxes;
	}

	private List<SearchPageView.YearLink> years(SearchResult result, SearchLinks links, String lang) {
		List<SearchResult.FacetValue> years = result.facets().get(Facet.YEAR.parameter());
		if (years == null) {
			return List.of();
		}
		return years.stream()
			.map(year -> new SearchPageView.YearLink(links.year(year.value()),
					plurals.text("w.year.only", lang, year.count(), year.value()), year.value(), year.count()))
			.toList();
	}

	private List<SearchPageView.Hit> hits(SearchResult result, String lang, Locale locale) {
		String langParameter = "?lang=" + UriUtils.encodeQueryParam(lang, StandardCharsets.UTF_8);
		List<SearchPageView.Hit> hits = new ArrayList<>(result.hits().size());
		for (SearchResult.Hit hit : result.hits()) {
			List<SearchPageView.Badge> badges = hit.languages()
				.stream()
				.map(code -> new SearchPageView.Badge(code.toUpperCase(Locale.ROOT),
						labels.label(Facet.LANGUAGE, code, lang)))
				.toList();
			List<SearchPageView.Snippet> snippets = hit.snippets()
				.stream()
				.map(snippet -> new SearchPageView.Snippet(snippet.text(), snippet.page() == null ? null
						: messages.getMessage("ui.snippetPage", new Object[] { snippet.page() }, locale),
						snippet.page() == null ? null : ReadLinks.of(hit.id(), result.query(), snippet.page(), lang)))
				.toList();
			List<SearchPageView.Gloss> glosses = hit.matchedVia()
				.stream()
				.map(via -> new SearchPageView.Gloss(via.matched(), via.query()))
				.toList();
			// issue 17: the title in the reader's language where the editor gave one
			String titleLanguage = hit.titles().containsKey(lang) ? lang : hit.language();
			hits.add(new SearchPageView.Hit(format.icon(hit.type()), hit.url() + langParameter, hit.title(lang),
					titleLanguage, labels.label(Facet.TYPE, hit.type(), lang), hit.organization(), hit.year(), badges,
					hit.language(), snippets, glosses, versionLinks.of(hit.alsoIn(), lang)));
		}
		return hits;
	}

	private SearchPageView.Pages pages(SearchResult result, SearchLinks links, Locale locale) {
		long pages = result.pages();
		if (pages <= 1) {
			return null;
		}
		List<SearchPageView.PageLink> around = new ArrayList<>();
		for (long p = Math.max(1, result.page() - 2); p <= Math.min(pages, result.page() + 2); p++) {
			boolean current = p == result.page();
			around.add(new SearchPageView.PageLink(p, current ? null : links.page(p),
					messages.getMessage("ui.page", new Object[] { p, pages }, locale), current));
		}
		return new SearchPageView.Pages(result.page() > 1 ? links.page(result.page() - 1) : null, around,
				result.page() < pages ? links.page(result.page() + 1) : null);
	}

	private String message(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}
}
