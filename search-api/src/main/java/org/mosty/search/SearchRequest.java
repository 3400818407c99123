package org.mosty.search;

import java.util.List;
import java.util.Map;

/**
 * A validated search: everything the API and the search page accept, and nothing else.
 *
 * @param query the user's words ({@code null} or blank: everything)
 * @param filters selected facet values, several per facet
 * @param yearFrom lowest year, inclusive
 * @param yearTo highest year, inclusive
 * @param sort the order
 * @param page 1-based page
 * @param size hits per page
 * @param lang the language of labels ({@code pl}, {@code uk}, {@code en})
 */
public record SearchRequest(String query, Map<Facet, List<String>> filters, Integer yearFrom, Integer yearTo,
		SearchSort sort, int page, int size, String lang) {

	public SearchRequest {
		filters = Map.copyOf(filters);
	}

	public boolean hasQuery() {
		return query != null && !query.isBlank();
	}

	public List<String> selected(Facet facet) {
		return filters.getOrDefault(facet, List.of());
	}
}
