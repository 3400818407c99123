package org.mosty.web.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.mosty.web.i18n.ProblemMessages;
import org.mosty.web.i18n.UiLanguage;
import org.mosty.api.BadRequestException;
import org.mosty.search.Facet;
import org.mosty.search.FacetLabels;
import org.mosty.search.SearchParameters;
import org.mosty.search.SearchRequest;
import org.mosty.search.SearchRequestParser;
import org.mosty.search.SearchResult;
import org.mosty.search.SearchService;
import org.mosty.security.AccessScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The search page ({@code templates/search/page.html}): the same parameters as {@code /api/search}
 * (plus the UI language from the cookie or the browser when {@code lang} is absent), so every
 * search is a shareable URL. One GET form holds the words, the facet checkboxes, the year range and
 * the order; works without JavaScript. {@link SearchPageViews} prepares what the template shows.
 */
@Controller
class SearchPageController {

	private final SearchRequestParser parser;

	private final SearchService search;

	private final FacetLabels labels;

	private final SearchPageViews views;

	private final ProblemMessages problems;

	SearchPageController(SearchRequestParser parser, SearchService search, FacetLabels labels, SearchPageViews views,
			ProblemMessages problems) {
		this.parser = parser;
		this.search = search;
		this.labels = labels;
		this.views = views;
		this.problems = problems;
	}

	/** An active filter as a removable chip. */
	record Chip(String facet, String value, String label, String removeUrl, boolean range) {
	}

	/** A way out of an empty result: the same search without one filter, and how many it finds. */
	record Relaxation(String label, String url, long total) {
	}

	@GetMapping({ "/", "/search" })
	ModelAndView search(HttpServletRequest request) {
		String lang = UiLanguage.of(request);
		Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
		parameters.put("lang", new String[] { lang });
		SearchRequest searchRequest;
		try {
			searchRequest = parser.parse(parameters);
		}
		catch (BadRequestException ex) {
			String problem = String.join("; ", problems.localize(ex.problems(), lang));
			return page(HttpStatus.BAD_REQUEST, views.refused(lang, problem));
		}
		AccessScope scope = AccessScope.current();
		SearchResult result = search.search(searchRequest, scope);
		SearchLinks links = new SearchLinks(request.getParameterMap());
		List<Relaxation> relaxations = result.total() == 0 && links.filtered()
				? relaxations(searchRequest, links, scope) : null;
		String query = request.getQueryString();
		String feedUrl = "/feeds/search.atom" + (query == null || query.isEmpty() ? "" : "?" + query);
		ModelAndView page = page(HttpStatus.OK,
				views.answered(searchRequest, result, links, chips(searchRequest, links), relaxations, feedUrl));
		// issue 19: what "save this search" keeps (the form shows to signed-in users)
		page.addObject("saveParameters", SearchParameters.canonical(searchRequest));
		return page;
	}

	private static ModelAndView page(HttpStatus status, SearchPageView view) {
		ModelAndView page = new ModelAndView("search/page", status);
		page.addObject("view", view);
		page.addObject("feedUrl", view.feedUrl());
		return page;
	}
	private List<Chip> chips(SearchRequest request, SearchLinks links) {
		List<Chip> chips = new ArrayList<>();
		for (Facet facet : Facet.values()) {
			for (String value : request.selected(facet)) {
				chips.add(new Chip(facet.parameter(), value, labels.label(facet, value, request.lang()),
						links.toggle(facet.parameter(), value), false));
			}
		}
		if (request.yearFrom() != null || request.yearTo() != null) {
			String range = (request.yearFrom() == null ? "…" : request.yearFrom()) + "–"
					+ (request.yearTo() == null ? "…" : request.yearTo());
			chips.add(new Chip("year", range, range, links.withoutYears(), true));
		}
		return chips;
	}

	/** The search without each filter in turn (counts only, one row each), for the empty-result page. */
	private List<Relaxation> relaxations(SearchRequest request, SearchLinks links, AccessScope scope) {
		List<Relaxation> relaxations = new ArrayList<>();
		for (Chip chip : chips(request, links)) {
			SearchRequest without;
			if (chip.range()) {
				without = new SearchRequest(request.query(), request.filters(), null, null, request.sort(), 1, 1,
						request.lang());
			}
			else {
				Facet facet = Facet.fromParameter(chip.facet()).orElseThrow();
				Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
				filters.putAll(request.filters());
				List<String> rest = request.selected(facet)
					.stream()
					.filter(value -> !value.equals(chip.value()))
					.toList();
				if (rest.isEmpty()) {
					filters.remove(facet);
				}
				else {
					filters.put(facet, rest);
				}
				without = new SearchRequest(request.query(), filters, request.yearFrom(), request.yearTo(),
						request.sort(), 1, 1, request.lang());
			}
			relaxations.add(new Relaxation(chip.label(), chip.removeUrl(), search.search(without, scope).total()));
		}
		return relaxations;
	}
}
