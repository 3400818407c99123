package org.mosty.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.solr.common.SolrDocument;
import org.mosty.solr.SolrFields;

/** Result-list entries made from Solr documents (search hits, related documents). */
public final class Hits {

	/** The stored fields a hit is made of. */
	public static final String FIELDS = String.join(",", SolrFields.ID, SolrFields.TITLE, SolrFields.LANGUAGE,
			SolrFields.LANGUAGES, SolrFields.TYPE, SolrFields.ORGANIZATION, SolrFields.YEAR, SolrFields.TOPICS,
			SolrFields.title("pl"), SolrFields.title("uk"), SolrFields.title("en"));

	/** What a search asks for: a hit's fields and the summary, its snippet when no passage matched. */
	static final String SEARCH_FIELDS = FIELDS + "," + SolrFields.SUMMARY;

	private Hits() {
	}

	public static SearchResult.Hit of(SolrDocument doc, List<SearchResult.Snippet> snippets) {
		String id = str(doc, SolrFields.ID);
		Object year = doc.getFirstValue(SolrFields.YEAR);
		Map<String, String> titles = new LinkedHashMap<>();
		for (String language : List.of("pl", "uk", "en")) {
			String title = str(doc, SolrFields.title(language));
			if (title != null && !title.isBlank()) {
				titles.put(language, title);
			}
		}
		return new SearchResult.Hit(id, str(doc, SolrFields.TITLE), str(doc, SolrFields.LANGUAGE),
				strings(doc, SolrFields.LANGUAGES), str(doc, SolrFields.TYPE), str(doc, SolrFields.ORGANIZATION),
				year instanceof Number number ? number.intValue() : null, strings(doc, SolrFields.TOPICS), snippets,
				"/documents/" + id, titles, List.of(), List.of());
	}

	static String str(SolrDocument doc, String field) {
		Object value = doc.getFirstValue(field);
		return value == null ? null : value.toString();
	}

	static List<String> strings(SolrDocument doc, String field) {
		Collection<Object> values = doc.getFieldValues(field);
		return values == null ? List.of() : values.stream().map(Object::toString).toList();
	}
}
