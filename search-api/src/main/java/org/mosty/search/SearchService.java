package org.mosty.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.mosty.security.AccessScope;
import org.mosty.solr.SolrFields;
import org.springframework.stereotype.Service;

/** Faceted, highlighted search over the documents a user may see. */
@Service
public class SearchService {

	/** Snippets returned per hit. */
	static final int SNIPPETS_PER_HIT = 3;

	private final SolrClient solr;

	private final FacetLabels labels;

	public SearchService(SolrClient solr, FacetLabels labels) {
		this.solr = solr;
		this.labels = labels;
	}

	public SearchResult search(SearchRequest request, AccessScope scope) {
		QueryResponse response;
		try {
			response = solr.query(SolrSearchQuery.of(request, scope));
		}
		catch (SolrServerException | IOException ex) {
			throw new IllegalStateException("Solr did not answer the search", ex);
		}
		Map<String, Map<String, List<String>>> highlighting = response.getHighlighting() == null ? Map.of()
				: response.getHighlighting();
		List<SearchResult.Hit> hits = new ArrayList<>();
		for (SolrDocument doc : response.getResults()) {
			hits.add(hit(doc, highlighting.getOrDefault(str(doc, SolrFields.ID), Map.of())));
		}
		return new SearchResult(request.query(), response.getResults().getNumFound(), request.page(), request.size(),
				hits, facets(response, request), null);
	}

	private SearchResult.Hit hit(SolrDocument doc, Map<String, List<String>> highlights) {
		String id = str(doc, SolrFields.ID);
		String language = str(doc, SolrFields.LANGUAGE);
		List<String> snippets = new ArrayList<>();
		for (String field : SolrSearchQuery.highlightFieldsFirst(language == null ? "pl" : language)) {
			for (String raw : highlights.getOrDefault(field, List.of())) {
				if (snippets.size() < SNIPPETS_PER_HIT) {
					snippets.add(Snippets.toHtml(raw));
				}
			}
		}
		Object year = doc.getFirstValue(SolrFields.YEAR);
		return new SearchResult.Hit(id, str(doc, SolrFields.TITLE), language, strings(doc, SolrFields.LANGUAGES),
				str(doc, SolrFields.TYPE), str(doc, SolrFields.ORGANIZATION),
				year instanceof Number number ? number.intValue() : null, strings(doc, SolrFields.TOPICS), snippets,
				"/documents/" + id);
	}

	private Map<String, List<SearchResult.FacetValue>> facets(QueryResponse response, SearchRequest request) {
		Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
		for (Facet facet : Facet.values()) {
			if (!facet.counted()) {
				continue;
			}
			FacetField field = response.getFacetField(facet.parameter());
			List<SearchResult.FacetValue> values = new ArrayList<>();
			if (field != null && field.getValues() != null) {
				List<FacetField.Count> counts = new ArrayList<>(field.getValues());
				if (facet == Facet.YEAR) {
					counts.sort((a, b) -> b.getName().compareTo(a.getName()));
				}
				for (FacetField.Count count : counts) {
					values.add(new SearchResult.FacetValue(count.getName(),
							labels.label(facet, count.getName(), request.lang()), count.getCount(),
							request.selected(facet).contains(count.getName())));
				}
			}
			facets.put(facet.parameter(), values);
		}
		return facets;
	}

	private static String str(SolrDocument doc, String field) {
		Object value = doc.getFirstValue(field);
		return value == null ? null : value.toString();
	}

	private static List<String> strings(SolrDocument doc, String field) {
		Collection<Object> values = doc.getFieldValues(field);
		return values == null ? List.of() : values.stream().map(Object::toString).toList();
	}
}
