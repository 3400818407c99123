package org.mosty.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.util.NamedList;
import org.mosty.solr.translation.MatchedViaComponent;

/**
 * Reads Solr's {@code matchedVia} section (issue 17, the configset's MatchedViaComponent): for each
 * hit, the query words it matched through translation and the word in the hit's language.
 */
final class MatchedVia {

	/** The request parameter and the response section of the configset's component. */
	static final String PARAM = MatchedViaComponent.PARAM;

	private MatchedVia() {
	}

	static Map<String, List<SearchResult.MatchedVia>> of(QueryResponse response) {
		Object section = response.getResponse() == null ? null : response.getResponse().get(PARAM);
		if (!(section instanceof NamedList<?> byId)) {
			return Map.of();
		}
		Map<String, List<SearchResult.MatchedVia>> result = new LinkedHashMap<>();
		byId.forEach((id, items) -> {
			if (items instanceof List<?> list) {
				result.put(id, list.stream()
					.filter(NamedList.class::isInstance)
					.map(item -> (NamedList<?>) item)
					.map(item -> new SearchResult.MatchedVia(String.valueOf(item.get("query")), String.valueOf(item.get("matched"))))
					.toList());
			}
		});
		return result;
	}
}
