package org.mosty.search;

import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

/**
 * The answer of {@code GET /api/search}.
 *
 * @param query the words searched for
 * @param total how many documents match
 * @param page the 1-based page
 * @param size hits per page
 * @param hits this page's documents
 * @param facets per facet, its values with counts
 * @param didYouMean a better spelled query, when there is one
 */
public record SearchResult(String query, long total, int page, int size, List<Hit> hits,
		Map<String, List<FacetValue>> facets, String didYouMean) {

	/**
	 * One document in a result list, with up to three snippets (matching passages first, from the
	 * text of the language that matched).
	 *
	 * @param titles the editor's titles by language ({@code pl}, {@code uk}, {@code en}), where given
	 * @param matchedVia the query words this hit matched through translation (glossary, places,
	 *     lexicon), each with the word it stands for in the hit's language; empty when it matched
	 *     the words themselves
	 * @param alsoIn the document's other language versions the reader may see (issue 19), by language
	 */
	public record Hit(String id, String title, String language, List<String> languages, String type,
			String organization, Integer year, List<String> topics, List<Snippet> snippets, String url,
			Map<String, String> titles, List<MatchedVia> matchedVia, List<Translation> alsoIn) {

		public Hit {
			titles = titles == null ? Map.of() : Map.copyOf(titles);
			matchedVia = matchedVia == null ? List.of() : List.copyOf(matchedVia);
			alsoIn = alsoIn == null ? List.of() : List.copyOf(alsoIn);
		}

		/** The title in the reader's language where the editor gave one, else the title. */
		public String title(String readerLanguage) {
			return titles.getOrDefault(readerLanguage, title);
		}

		/** The same hit explained. */
		public Hit withMatchedVia(List<MatchedVia> via) {
			return new Hit(id, title, language, languages, type, organization, year, topics, snippets, url, titles, via,
					alsoIn);
		}

		/** The same hit with its other language versions. */
		public Hit withAlsoIn(List<Translation> versions) {
			return new Hit(id, title, language, languages, type, organization, year, topics, snippets, url, titles,
					matchedVia, versions);
		}
	}

	/**
	 * Another language version of a document that the reader may see (issue 19: editors link
	 * translations).
	 *
	 * @param id the version's id
	 * @param language its language (detected), or {@code null}
	 * @param title its title
	 * @param url its page
	 */
	public record Translation(String id, String language, String title, String url) {
	}

	/**
	 * A query word a hit matched through translation (issue 17).
	 *
	 * @param query the word (or words) of the query
	 * @param matched what it stands for in the hit's language
	 */
	public record MatchedVia(String query, String matched) {
	}

	/**
	 * A passage of a hit's text.
	 *
	 * @param text HTML: escaped text, matches in {@code <mark>}
	 * @param page the page of its first match, where the document has pages, else {@code null}
	 */
	public record Snippet(String text, Integer page) {

		/** The passage as plain text: no marks, no escapes (for an e-mail's text part). */
		public String plainText() {
			return HtmlUtils.htmlUnescape(text.replace(Snippets.MARK_OPEN, "").replace(Snippets.MARK_CLOSE, ""))
				.replaceAll("\\s+", " ")
				.strip();
		}
	}

	/** A value of a facet with its count and label in the requested language. */
	public record FacetValue(String value, String label, long count, boolean selected) {
	}

	/** The number of pages. */
	public long pages() {
		return size == 0 ? 0 : (total + size - 1) / size;
	}
}
