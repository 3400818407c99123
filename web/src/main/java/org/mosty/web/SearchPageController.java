package org.mosty.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mosty.api.BadRequestException;
import org.mosty.search.Facet;
import org.mosty.search.FacetLabels;
import org.mosty.search.SearchRequest;
import org.mosty.search.SearchRequestParser;
import org.mosty.search.SearchResult;
import org.mosty.search.SearchService;
import org.mosty.search.SearchSort;
import org.mosty.security.AccessScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The search page: the same parameters as {@code /api/search} (plus the UI language from the
 * cookie or the browser when {@code lang} is absent), so every search is a shareable URL. One GET
 * form holds the words, the facet checkboxes, the year range and the order; works without
 * JavaScript.
 */
@Controller
class SearchPageController {

	/** The facets shown as checkboxes, in this order (the year is a range). */
	static final List<Facet> FACETS = List.of(Facet.TYPE, Facet.TOPIC, Facet.LANGUAGE, Facet.ORGANIZATION,
			Facet.REGION, Facet.AUDIENCE);

	/** Values shown before "more". */
	static final int VISIBLE_VALUES = 8;

	private final SearchRequestParser parser;

	private final SearchService search;

	private final FacetLabels labels;

	private final ResultsHtml html;

	SearchPageController(SearchRequestParser parser, SearchService search, FacetLabels labels, ResultsHtml html) {
		this.parser = parser;
		this.search = search;
		this.labels = labels;
		this.html = html;
	}

	/** An active filter as a removable chip. */
	record Chip(String facet, String value, String label, String removeUrl, boolean range) {
	}

	/** A way out of an empty result: the same search without one filter, and how many it finds. */
	record Relaxation(String label, String url, long total) {
	}

	@GetMapping({ "/", "/search" })
	String search(HttpServletRequest request, HttpServletResponse response, Model model) {
		String lang = UiLanguage.of(request);
		Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
		parameters.put("lang", new String[] { lang });
		model.addAttribute("lang", lang);
		model.addAttribute("sorts", SearchSort.values());
		SearchRequest searchRequest;
		try {
			searchRequest = parser.parse(parameters);
		}
		catch (BadRequestException ex) {
			response.setStatus(400);
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("links", new SearchLinks(Map.of()));
			return "search";
		}
		AccessScope scope = AccessScope.current();
		SearchResult result = search.search(searchRequest, scope);
		SearchLinks links = new SearchLinks(request.getParameterMap());
		model.addAttribute("request", searchRequest);
		model.addAttribute("result", result);
		model.addAttribute("links", links);
		model.addAttribute("facetsHtml", html.facets(result, FACETS, VISIBLE_VALUES, lang));
		model.addAttribute("hitsHtml", html.hits(result, lang));
		model.addAttribute("yearsHtml", html.years(result, links, lang));
		model.addAttribute("chips", chips(searchRequest, links));
		List<Long> pageNumbers = new ArrayList<>();
		for (long p = Math.max(1, result.page() - 2); p <= Math.min(result.pages(), result.page() + 2); p++) {
			pageNumbers.add(p);
		}
		model.addAttribute("pageNumbers", pageNumbers);
		if (result.total() == 0 && links.filtered()) {
			model.addAttribute("relaxations", relaxations(searchRequest, links, scope));
		}
		String query = request.getQueryString();
		model.addAttribute("feedUrl", "/feeds/search.atom" + (query == null || query.isEmpty() ? "" : "?" + query));
		return "search";
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
