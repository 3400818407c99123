package org.mosty.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.mosty.api.IndexUnavailableException;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.LanguageVersions;
import org.mosty.security.AccessScope;
import org.mosty.solr.SolrFields;
import org.springframework.stereotype.Service;

/**
 * Issue 19: documents that may be language versions of a document, for its editors to confirm or
 * dismiss: documents in another language that share what translation keeps (web addresses, long
 * numbers, dates, legal references: Solr's {@code anchors}), best first. Solr scores the shared
 * anchors by how rare they are in the library (BM25's idf on an untokenised field), so a shared
 * ministry address counts for little and a shared telephone number for much. Those already in the
 * document's group and those dismissed are left out.
 */
@Service
public class TranslationSuggestions {

	/** A suggested version: the anchors it shares with the document, and Solr's score for them. */
	public record Suggestion(String id, String title, String language, double score, List<String> shared,
			String url) {
	}

	/** The most anchors of one document asked for (Solr's limit on clauses is 1024). */
	static final int MAX_ANCHORS = 400;

	private final SolrClient solr;

	private final VisibleDocuments visible;

	private final LanguageVersions versions;

	public TranslationSuggestions(SolrClient solr, VisibleDocuments visible, LanguageVersions versions) {
		this.solr = solr;
		this.visible = visible;
		this.versions = versions;
	}

	/** At most {@code max} suggestions for the document, best first; empty when it shares nothing. */
	public List<Suggestion> of(String id, AccessScope scope, int max) {
		CatalogueDocument doc = visible.get(id, scope);
		SolrDocument indexed = one(doc.id(), scope);
		if (indexed == null) {
			return List.of();
		}
		List<String> anchors = values(indexed, SolrFields.ANCHORS);
		String language = (String) indexed.getFirstValue(SolrFields.LANGUAGE);
		if (anchors.isEmpty()) {
			return List.of();
		}
		Set<String> skip = versions.notToSuggest(doc.id());
		SolrQuery query = new SolrQuery();
		query.setQuery(anchors.stream()
			.limit(MAX_ANCHORS)
			.map(anchor -> SolrFields.ANCHORS + ":" + ClientUtils.escapeQueryChars(anchor))
			.collect(Collectors.joining(" OR ")));
		query.set("defType", "lucene");
		query.addFilterQuery(scope.filterQuery());
		if (language != null) {
			query.addFilterQuery("-" + SolrFields.LANGUAGE + ":" + ClientUtils.escapeQueryChars(language));
		}
		query.setFields(SolrFields.ID, SolrFields.TITLE, SolrFields.LANGUAGE, SolrFields.ANCHORS, "score");
		query.setRows(max + skip.size());
		List<Suggestion> suggestions = new ArrayList<>();
		Set<String> mine = new LinkedHashSet<>(anchors);
		for (SolrDocument candidate : run(query).getResults()) {
			String candidateId = (String) candidate.getFirstValue(SolrFields.ID);
			if (skip.contains(candidateId) || suggestions.size() >= max) {
				continue;
			}
			List<String> shared = values(candidate, SolrFields.ANCHORS).stream().filter(mine::contains).toList();
			suggestions.add(new Suggestion(candidateId, (String) candidate.getFirstValue(SolrFields.TITLE),
					(String) candidate.getFirstValue(SolrFields.LANGUAGE),
					((Number) candidate.getFirstValue("score")).doubleValue(), shared, "/documents/" + candidateId));
		}
		return suggestions;
	}

	private SolrDocument one(String id, AccessScope scope) {
		SolrQuery query = new SolrQuery(SolrFields.ID + ":" + ClientUtils.escapeQueryChars(id));
		query.set("defType", "lucene");
		query.addFilterQuery(scope.filterQuery());
		query.setFields(SolrFields.ID, SolrFields.LANGUAGE, SolrFields.ANCHORS);
		query.setRows(1);
		var results = run(query).getResults();
		return results.isEmpty() ? null : results.get(0);
	}

	private org.apache.solr.client.solrj.response.QueryResponse run(SolrQuery query) {
		try {
			return solr.query(query, SolrRequest.METHOD.POST);
		}
		catch (SolrServerException | IOException ex) {
			throw new IndexUnavailableException("Solr did not answer the suggestion query", ex);
		}
	}

	private static List<String> values(SolrDocument doc, String field) {
		Collection<Object> values = doc.getFieldValues(field);
		return values == null ? List.of() : values.stream().map(String::valueOf).toList();
	}
}
