package org.mosty.search;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.mosty.security.AccessScope;
import org.mosty.solr.SolrFields;

/**
 * The Solr request for a {@link SearchRequest}. Only {@code q}, {@code fq}, facets, sort and
 * paging are set here; relevance and highlighting settings live in solrconfig.xml. User text is
 * passed as {@code q} (edismax, no field queries, no local params) or escaped as a term.
 */
final class SolrSearchQuery {

	private SolrSearchQuery() {
	}

	static SolrQuery of(SearchRequest request, AccessScope scope) {
		SolrQuery query = new SolrQuery();
		query.setRequestHandler(SolrFields.SEARCH_HANDLER);
		query.setFields(Hits.SEARCH_FIELDS); // what a hit shows, nothing more to send and parse
		if (request.hasQuery()) {
			query.setQuery(request.query());
			query.setHighlight(true);
			// "did you mean": dictionaries and collation checks are configured in solrconfig.xml
			query.set("spellcheck", true);
			// issue 17: which words each hit matched through translation (solrconfig.xml, matchedVia)
			query.set(MatchedVia.PARAM, true);
		}
		query.addFilterQuery(scope.filterQuery());
		for (var entry : request.filters().entrySet()) {
			Facet facet = entry.getKey();
			query.addFilterQuery("{!tag=" + tag(facet) + "}" + facet.field() + ":(" + entry.getValue()
				.stream()
				.map(ClientUtils::escapeQueryChars)
				.collect(Collectors.joining(" OR ")) + ")");
		}
		if (request.yearFrom() != null || request.yearTo() != null) {
			query.addFilterQuery(SolrFields.YEAR + ":[" + bound(request.yearFrom()) + " TO " + bound(request.yearTo())
					+ "]");
		}
		query.setFacet(true);
		for (Facet facet : Facet.values()) {
			if (facet.counted()) {
				query.addFacetField("{!ex=" + tag(facet) + " key=" + facet.parameter() + "}" + facet.field());
			}
		}
		query.add("f." + SolrFields.YEAR + ".facet.sort", "index");
		switch (request.sort()) {
			case RELEVANCE -> {
				if (request.hasQuery()) {
					query.addSort("score", SolrQuery.ORDER.desc);
				}
				else {
					query.addSort(SolrFields.INDEXED_AT, SolrQuery.ORDER.desc);
				}
			}
			case NEWEST -> {
				query.addSort(SolrFields.YEAR, SolrQuery.ORDER.desc);
				query.addSort(SolrFields.INDEXED_AT, SolrQuery.ORDER.desc);
			}
			case OLDEST -> {
				query.addSort(SolrFields.YEAR, SolrQuery.ORDER.asc);
				query.addSort(SolrFields.INDEXED_AT, SolrQuery.ORDER.asc);
			}
			case TITLE -> query.addSort(SolrFields.TITLE_SORT, SolrQuery.ORDER.asc);
		}
		query.addSort(SolrFields.ID, SolrQuery.ORDER.asc);
		query.setStart((request.page() - 1) * request.size());
		query.setRows(request.size());
		return query;
	}

	static String tag(Facet facet) {
		return "f" + facet.parameter().toLowerCase(Locale.ROOT);
	}

	private static String bound(Integer year) {
		return year == null ? "*" : Integer.toString(year);
	}

	/** The text fields with a document's own language first, so its snippets come first. */
	static List<String> highlightFieldsFirst(String language) {
		String first = SolrFields.text(language);
		return Stream.concat(Stream.of(first), SolrFields.textFields().stream().filter(field -> !field.equals(first)))
			.toList();
	}
}
