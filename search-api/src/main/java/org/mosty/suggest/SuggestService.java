package org.mosty.suggest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.mosty.api.IndexUnavailableException;
import org.mosty.security.AccessScope;
import org.mosty.solr.SolrFields;
import org.mosty.solr.TopicVocabulary;
import org.springframework.stereotype.Service;

/**
 * Prefix suggestions: titles and organisations of the documents a user may see (edge n-gram
 * fields queried with the access filter inside Solr), and topics that at least one of those
 * documents has, matched in any of the three languages and labelled in the requested one.
 */
@Service
class SuggestService {

	private final SolrClient solr;

	private final TopicVocabulary topics;

	public SuggestService(SolrClient solr, TopicVocabulary topics) {
		this.solr = solr;
		this.topics = topics;
	}

	public SuggestResult suggest(String prefix, String lang, int size, AccessScope scope) {
		String query = PrefixText.query(prefix);
		List<String> words = PrefixText.words(query);
		if (words.isEmpty()) {
			return new SuggestResult(List.of());
		}
		List<Suggestion> titles = titles(query, words, size, scope);
		List<Suggestion> organizations = organizations(query, size, scope);
		List<Suggestion> topicSuggestions = topics(words, lang, size, scope);
		return new SuggestResult(interleave(size, titles, topicSuggestions, organizations));
	}

	/** Titles matching the prefix; those that begin with it first. */
	private List<Suggestion> titles(String query, List<String> words, int size, AccessScope scope) {
		SolrQuery request = base(query, SolrFields.SUGGEST_TITLE, scope);
		request.setFields(SolrFields.ID, SolrFields.TITLE);
		request.setRows(Math.min(2 * size, 40));
		request.addSort("score", SolrQuery.ORDER.desc);
		request.addSort(SolrFields.TITLE_SORT, SolrQuery.ORDER.asc);
		request.addSort(SolrFields.ID, SolrQuery.ORDER.asc);
		List<Suggestion> beginning = new ArrayList<>();
		List<Suggestion> inside = new ArrayList<>();
		for (SolrDocument doc : query(request).getResults()) {
			Object title = doc.getFirstValue(SolrFields.TITLE);
			if (title == null) {
				continue;
			}
			Suggestion suggestion = new Suggestion(title.toString(), Suggestion.TITLE,
					doc.getFirstValue(SolrFields.ID).toString());
			(PrefixText.startsWith(PrefixText.words(title.toString()), words) ? beginning : inside).add(suggestion);
		}
		beginning.addAll(inside);
		return beginning;
	}

	/** Organisations matching the prefix, by how many visible documents they have. */
	private List<Suggestion> organizations(String query, int size, AccessScope scope) {
		SolrQuery request = base(query, SolrFields.SUGGEST_ORGANIZATION, scope);
		request.setRows(0);
		request.setFacet(true);
		request.addFacetField(SolrFields.ORGANIZATION);
		request.setFacetMinCount(1);
		request.setFacetLimit(size);
		List<Suggestion> suggestions = new ArrayList<>();
		FacetField field = query(request).getFacetField(SolrFields.ORGANIZATION);
		if (field != null && field.getValues() != null) {
			for (FacetField.Count count : field.getValues()) {
				suggestions.add(new Suggestion(count.getName(), Suggestion.ORGANIZATION, count.getName()));
			}
		}
		return suggestions;
	}

	/**
	 * Topics whose label in Polish, Ukrainian or English (or whose id) matches the prefix, labelled
	 * in {@code lang}; only topics of documents the user may see (counted by Solr under the access
	 * filter), the most used first.
	 */
	private List<Suggestion> topics(List<String> words, String lang, int size, AccessScope scope) {
		SolrQuery request = new SolrQuery("*:*");
		request.addFilterQuery(scope.filterQuery());
		request.setRows(0);
		request.setFacet(true);
		request.addFacetField(SolrFields.TOPICS);
		request.setFacetMinCount(1);
		request.setFacetLimit(-1);
		FacetField field = query(request).getFacetField(SolrFields.TOPICS);
		if (field == null || field.getValues() == null) {
			return List.of();
		}
		List<FacetField.Count> matching = new ArrayList<>();
		for (FacetField.Count count : field.getValues()) {
			String id = count.getName();
			for (String label : List.of(topics.label(id, "pl"), topics.label(id, "uk"), topics.label(id, "en"),
					id.replace('-', ' '))) {
				if (PrefixText.matches(words, PrefixText.words(label))) {
					matching.add(count);
					break;
				}
			}
		}
		matching.sort(Comparator.comparingLong(FacetField.Count::getCount).reversed());
		return matching.stream()
			.limit(size)
			.map(count -> new Suggestion(topics.label(count.getName(), lang), Suggestion.TOPIC, count.getName()))
			.toList();
	}

	private static SolrQuery base(String query, String field, AccessScope scope) {
		SolrQuery request = new SolrQuery(query);
		request.setRequestHandler(SolrFields.SUGGEST_HANDLER);
		request.set("qf", field);
		request.addFilterQuery(scope.filterQuery());
		return request;
	}

	private QueryResponse query(SolrQuery request) {
		try {
			return solr.query(request);
		}
		catch (SolrServerException | IOException ex) {
			throw new IndexUnavailableException("Solr did not answer the suggestion request", ex);
		}
	}

	/** Takes from each list in turn, skipping texts already taken, up to {@code size}. */
	@SafeVarargs
	static List<Suggestion> interleave(int size, List<Suggestion>... lists) {
		List<Suggestion> result = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<Iterator<Suggestion>> iterators = new ArrayList<>();
		for (List<Suggestion> list : lists) {
			iterators.add(list.iterator());
		}
		boolean any = true;
		while (result.size() < size && any) {
			any = false;
			for (Iterator<Suggestion> iterator : iterators) {
				while (iterator.hasNext() && result.size() < size) {
					Suggestion next = iterator.next();
					any = true;
					if (seen.add(next.text().toLowerCase(Locale.ROOT))) {
						result.add(next);
						break;
					}
				}
			}
		}
		return result;
	}
}
