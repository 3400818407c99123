package org.mosty.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.SolrDocument;
import org.mosty.api.IndexUnavailableException;
import org.mosty.indexer.catalogue.LanguageVersions;
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

	private final LanguageVersions versions;

	public SearchService(SolrClient solr, FacetLabels labels, LanguageVersions versions) {
		this.solr = solr;
		this.labels = labels;
		this.versions = versions;
	}

	public SearchResult search(SearchRequest request, AccessScope scope) {
		return run(SolrSearchQuery.of(request, scope), request, scope, SolrRequest.METHOD.GET);
	}

	/**
	 * The search among the given documents only (issue 19: what a saved search finds among the
	 * documents that arrived since its last alert), with the reader's access filter, snippets and
	 * language versions, without facets or spelling; at most {@code max} hits, in the search's order.
	 */
	public SearchResult among(SearchRequest request, AccessScope scope, Collection<String> ids, int max) {
		SearchRequest first = new SearchRequest(request.query(), request.filters(), request.yearFrom(),
				request.yearTo(), request.sort(), 1, Math.max(1, Math.min(max, ids.size())), request.lang());
		if (ids.isEmpty()) {
			return new SearchResult(request.query(), 0, 1, first.size(), List.of(), Map.of(), null);
		}
		SolrQuery query = SolrSearchQuery.of(first, scope);
		query.setFacet(false);
		query.remove("spellcheck");
		query.addFilterQuery("{!terms f=" + SolrFields.ID + "}" + String.join(",", ids));
		// POST: a long list of ids does not fit in a URL
		return run(query, first, scope, SolrRequest.METHOD.POST);
	}

	private SearchResult run(SolrQuery query, SearchRequest request, AccessScope scope, SolrRequest.METHOD method) {
		QueryResponse response;
		try {
			response = solr.query(query, method);
		}
		catch (SolrServerException | IOException ex) {
			throw new IndexUnavailableException("Solr did not answer the search", ex);
		}
		Map<String, Map<String, List<String>>> highlighting = response.getHighlighting() == null ? Map.of()
				: response.getHighlighting();
		Map<String, List<SearchResult.MatchedVia>> via = MatchedVia.of(response);
		List<SearchResult.Hit> hits = new ArrayList<>();
		for (SolrDocument doc : response.getResults()) {
			String id = Hits.str(doc, SolrFields.ID);
			hits.add(hit(doc, highlighting.getOrDefault(id, Map.of()), request.hasQuery())
				.withMatchedVia(via.getOrDefault(id, List.of())));
		}
		hits = withVersions(hits, scope);
		return new SearchResult(request.query(), response.getResults().getNumFound(), request.page(), request.size(),
				hits, facets(response, request), didYouMean(response, request));
	}

	/**
	 * Issue 19: each hit with its other language versions the reader may see, one catalogue query
	 * for the page (the links live in the catalogue; the access check is the same as the search's).
	 */
	private List<SearchResult.Hit> withVersions(List<SearchResult.Hit> hits, AccessScope scope) {
		if (hits.isEmpty()) {
			return hits;
		}
		Map<String, List<LanguageVersions.Version>> found = versions.of(hits.stream().map(SearchResult.Hit::id).toList(),
				scope.levels());
		if (found.isEmpty()) {
			return hits;
		}
		return hits.stream()
			.map(hit -> found.containsKey(hit.id()) ? hit.withAlsoIn(translations(found.get(hit.id()))) : hit)
			.toList();
	}

	/**
	 * Issue 19, the reading view: the words of one document that a search matched, as written in
	 * the document (inflected forms, other languages' words reached through the lexicon and the
	 * glossary), read from Solr's highlighting of that document with the reader's access filter;
	 * empty when the search has no words or does not match the document.
	 */
	public List<String> matchedTerms(SearchRequest request, AccessScope scope, String id) {
		if (!request.hasQuery()) {
			return List.of();
		}
		SearchRequest first = new SearchRequest(request.query(), Map.of(), null, null, SearchSort.RELEVANCE, 1, 1,
				request.lang());
		SolrQuery query = SolrSearchQuery.of(first, scope);
		query.setFacet(false);
		query.remove("spellcheck");
		query.remove(MatchedVia.PARAM);
		query.addFilterQuery("{!terms f=" + SolrFields.ID + "}" + id);
		query.set("hl.snippets", MATCHED_TERM_SNIPPETS);
		query.set("hl.fragsize", 40);
		QueryResponse response;
		try {
			response = solr.query(query);
		}
		catch (SolrServerException | IOException ex) {
			throw new IndexUnavailableException("Solr did not answer the search", ex);
		}
		Map<String, List<String>> fields = response.getHighlighting() == null ? Map.of()
				: response.getHighlighting().getOrDefault(id, Map.of());
		Set<String> terms = new java.util.LinkedHashSet<>();
		for (List<String> snippets : fields.values()) {
			for (String raw : snippets) {
				terms.addAll(Snippets.marked(raw));
			}
		}
		return List.copyOf(terms);
	}

	/** Snippets asked for when collecting a document's matched words (each adds its marked words). */
	static final int MATCHED_TERM_SNIPPETS = 30;

	/** Language versions as the API and the pages show them. */
	public static List<SearchResult.Translation> translations(List<LanguageVersions.Version> versions) {
		return versions.stream()
			.map(version -> new SearchResult.Translation(version.id(), version.language(), version.title(),
					"/documents/" + version.id()))
			.toList();
	}

	/**
	 * The ids of the first {@code max} hits of a search in its own order (or, with
	 * {@code newestAdded}, most recently indexed first), without facets, snippets or spelling: for
	 * exports and feeds. The request's page and size are ignored. "Newest added" orders by id:
	 * ids are ULIDs, which start with their creation time, so the order survives reindexing
	 * (unlike {@code indexed_at}).
	 */
	public Ids ids(SearchRequest request, AccessScope scope, boolean newestAdded, int max) {
		SolrQuery query = SolrSearchQuery.of(request, scope);
		query.setFacet(false);
		query.setHighlight(false);
		query.remove("spellcheck");
		query.remove(MatchedVia.PARAM);
		query.setFields(SolrFields.ID);
		query.setStart(0);
		query.setRows(max);
		if (newestAdded) {
			query.clearSorts();
			query.addSort(SolrFields.ID, SolrQuery.ORDER.desc);
		}
		QueryResponse response;
		try {
			response = solr.query(query);
		}
		catch (SolrServerException | IOException ex) {
			throw new IndexUnavailableException("Solr did not answer the search", ex);
		}
		List<String> ids = new ArrayList<>();
		for (SolrDocument doc : response.getResults()) {
			ids.add(Hits.str(doc, SolrFields.ID));
		}
		return new Ids(response.getResults().getNumFound(), ids);
	}

	/** Matching ids in order, and how many documents matched in all. */
	public record Ids(long total, List<String> ids) {
	}

	/**
	 * The best collation Solr offers, if any. Solr only offers a collation after running it with
	 * the request's filters (access level included) and finding hits; per-word suggestions, which
	 * are not filtered, are never used.
	 */
	static String didYouMean(QueryResponse response, SearchRequest request) {
		SpellCheckResponse spelling = response.getSpellCheckResponse();
		if (spelling == null || !request.hasQuery() || spelling.getCollatedResults() == null) {
			return null;
		}
		for (SpellCheckResponse.Collation collation : spelling.getCollatedResults()) {
			String text = collation.getCollationQueryString();
			if (collation.getNumberOfHits() > 0 && text != null && !text.isBlank()
					&& !text.strip().equalsIgnoreCase(request.query().strip())) {
				return text.strip();
			}
		}
		return null;
	}

	private SearchResult.Hit hit(SolrDocument doc, Map<String, List<String>> highlights, boolean highlighted) {
		if (!highlighted) {
			return Hits.of(doc, List.of());
		}
		String language = Hits.str(doc, SolrFields.LANGUAGE);
		return Hits.of(doc, snippets(highlights, language == null ? "pl" : language, Hits.str(doc, SolrFields.SUMMARY)));
	}

	/**
	 * Up to {@link #SNIPPETS_PER_HIT} passages: those with a match, from the document's own
	 * language field first, then from the fields of its other languages (a bilingual form matched
	 * in its Ukrainian half shows Ukrainian passages). Only when nothing matched in the text (a
	 * title match) does the stored summary, the opening of the text, stand in.
	 */
	static List<SearchResult.Snippet> snippets(Map<String, List<String>> highlights, String language, String summary) {
		List<String> matching = new ArrayList<>();
		for (String field : SolrSearchQuery.highlightFieldsFirst(language)) {
			for (String raw : highlights.getOrDefault(field, List.of())) {
				if (Snippets.hasMatch(raw)) {
					matching.add(raw);
				}
			}
		}
		if (matching.isEmpty() && summary != null) {
			matching.add(summary);
		}
		List<SearchResult.Snippet> snippets = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String raw : matching) {
			if (snippets.size() == SNIPPETS_PER_HIT) {
				break; // the rest would be made and thrown away
			}
			SearchResult.Snippet snippet = Snippets.of(raw);
			if (!snippet.text().isEmpty() && seen.add(snippet.text())) {
				snippets.add(snippet);
			}
		}
		return snippets;
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
}
