package org.mosty.search;

import jakarta.servlet.http.HttpServletRequest;

import org.mosty.security.AccessScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}: full text, filters, facets with counts, highlighted snippets. */
@RestController
class SearchController {

	private final SearchRequestParser parser;

	private final SearchService search;

	public SearchController(SearchRequestParser parser, SearchService search) {
		this.parser = parser;
		this.search = search;
	}

	@GetMapping("/api/search")
	public SearchResult search(HttpServletRequest request) {
		return search.search(parser.parse(request.getParameterMap()), AccessScope.current());
	}
}
