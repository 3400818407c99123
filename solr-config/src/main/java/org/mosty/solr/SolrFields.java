package org.mosty.solr;

import java.util.List;

/**
 * Field names of the Mosty schema ({@code solr/configsets/mosty/conf/schema.xml}): the one place
 * Java code spells them.
 */
public final class SolrFields {

	public static final String ID = "id";
	public static final String TITLE = "title";
	public static final String TITLE_SORT = "title_sort";
	public static final String TITLE_EXACT = "title_exact";
	public static final String DESCRIPTION = "description";
	public static final String AUTHORS = "authors";
	public static final String FILE_NAME = "file_name";
	public static final String CONTENT_TYPE = "content_type";
	public static final String SIZE = "size";
	public static final String PAGES = "pages";
	public static final String TYPE = "type";
	public static final String TOPICS = "topics";
	public static final String LANGUAGE = "language";
	public static final String LANGUAGES = "languages";
	public static final String ORGANIZATION = "organization";
	public static final String REGION = "region";
	public static final String AUDIENCE = "audience";
	public static final String FORMAT = "format";
	public static final String ACCESS = "access";
	public static final String YEAR = "year";
	public static final String PUBLISHED = "published";
	public static final String INDEXED_AT = "indexed_at";
	public static final String TEXT_EXACT = "text_exact";
	/** The opening of the text (stored only), the snippet of a hit that matched no passage (issue 9). */
	public static final String SUMMARY = "summary";
	// issue 5: metadata model
	public static final String CITY = "city";
	public static final String TARGET_GROUPS = "target_groups";
	public static final String LICENSE = "license";
	public static final String SOURCE_URL = "source_url";
	public static final String VALID_AS_OF = "valid_as_of";
	public static final String DECLARED_LANGUAGE = "declared_language";

	/** Languages with their own analysed fields; anything else goes to {@link #OTHER}. */
	public static final List<String> ANALYSED_LANGUAGES = List.of("pl", "uk", "en");

	/** Suffix of the language-neutral fields. */
	public static final String OTHER = "other";

	/** The request handler configured in solrconfig.xml for user searches. */
	public static final String SEARCH_HANDLER = "/search";

	// issue 3, search features: suggestions (schema.xml text_suggest, solrconfig.xml /suggest)

	/** Edge n-grams of the title's words, for prefix suggestions. */
	public static final String SUGGEST_TITLE = "suggest_title";

	/** Edge n-grams of the organisation's words, for prefix suggestions. */
	public static final String SUGGEST_ORGANIZATION = "suggest_organization";

	/** The request handler configured in solrconfig.xml for prefix suggestions. */
	public static final String SUGGEST_HANDLER = "/suggest";

	private SolrFields() {
	}

	/** The body text field for a language code ({@code text_pl}, ..., {@code text_other}). */
	public static String text(String language) {
		return "text_" + suffix(language);
	}

	/** The title field for a language code ({@code title_pl}, ..., {@code title_other}). */
	public static String title(String language) {
		return "title_" + suffix(language);
	}

	/** The description field for a language code ({@code description_pl}, ..., {@code description_other}). */
	public static String description(String language) {
		return "description_" + suffix(language);
	}

	/** Glossary concept ids found in any of a document's text (issue 3); filled by the schema's copyFields. */
	public static final String CONCEPTS = "concepts";

	/**
	 * Issue 19: what a translation keeps (web addresses, long numbers, dates, legal references),
	 * prefixed strings; documents in other languages sharing rare ones are suggested as language
	 * versions.
	 */
	public static final String ANCHORS = "anchors";

	/** Every body text field, in a fixed order. */
	public static List<String> textFields() {
		return List.of(text("pl"), text("uk"), text("en"), text(OTHER));
	}

	private static String suffix(String language) {
		return ANALYSED_LANGUAGES.contains(language) ? language : OTHER;
	}
}
