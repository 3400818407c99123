package org.mosty.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mosty.api.BadRequestException;
import org.mosty.search.Facet;
import org.mosty.search.SearchRequest;
import org.mosty.search.SearchRequestParser;
import org.mosty.search.SearchResult;
import org.mosty.search.SearchService;
import org.mosty.security.AccessScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The search page: the same parameters as {@code /api/search}, so every search is a shareable
 * URL. Works without JavaScript.
 */
@Controller
class SearchPageController {

	private final SearchRequestParser parser;

	private final SearchService search;

	SearchPageController(SearchRequestParser parser, SearchService search) {
		this.parser = parser;
		this.search = search;
	}

	@GetMapping({ "/", "/search" })
	String search(HttpServletRequest request, HttpServletResponse response, Model model) {
		Map<String, String[]> parameters = request.getParameterMap();
		SearchRequest searchRequest;
		try {
			searchRequest = parser.parse(parameters);
		}
		catch (BadRequestException ex) {
			response.setStatus(400);
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("links", new SearchLinks(Map.of()));
			model.addAttribute("lang", "pl");
			return "search";
		}
		SearchResult result = search.search(searchRequest, AccessScope.current());
		model.addAttribute("request", searchRequest);
		model.addAttribute("result", result);
		model.addAttribute("links", new SearchLinks(parameters));
		model.addAttribute("lang", searchRequest.lang());
		String query = request.getQueryString();
		model.addAttribute("feedUrl", "/feeds/search.atom" + (query == null || query.isEmpty() ? "" : "?" + query));
		model.addAttribute("facets", List.of(Facet.TYPE, Facet.TOPIC, Facet.LANGUAGE, Facet.ORGANIZATION,
				Facet.REGION, Facet.YEAR));
		return "search";
	}
}
