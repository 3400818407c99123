package org.mosty.indexer.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.solr.common.SolrInputDocument;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.extraction.Extraction;
import org.mosty.indexer.language.LanguageProfile;
import org.mosty.indexer.language.Segment;
import org.mosty.solr.SolrFields;
import org.springframework.stereotype.Component;

/**
 * Builds the Solr document of a catalogue entry: display fields, facets and routed text. Title and
 * description go to the fields of the declared (or detected) language; every text segment goes to
 * the field of its own detected language ({@code text_pl}, {@code text_uk}, {@code text_en}, or
 * {@code text_other} for any other language) and, unstemmed, to {@code text_exact}. The schema
 * copies all of it into {@code concepts} for cross-language matching.
 */
@Component
public class SolrDocumentFactory {

	private static final Map<String, String> FORMATS = Map.ofEntries(Map.entry("application/pdf", "pdf"),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
			Map.entry("application/msword", "doc"), Map.entry("application/vnd.oasis.opendocument.text", "odt"),
			Map.entry("application/rtf", "rtf"), Map.entry("text/html", "html"),
			Map.entry("application/xhtml+xml", "html"), Map.entry("text/plain", "txt"),
			Map.entry("text/markdown", "md"), Map.entry("text/x-web-markdown", "md"), Map.entry("text/csv", "csv"),
			Map.entry("text/tab-separated-values", "tsv"),
			Map.entry("application/epub+zip", "epub"),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
			Map.entry("application/vnd.oasis.opendocument.presentation", "odp"));

	public SolrInputDocument build(CatalogueDocument document, Extraction extraction, LanguageProfile profile) {
		return build(document, extraction.contentType(), extraction.pages(), extraction.text(), profile);
	}

	/**
	 * The Solr document from what the catalogue keeps (used by the reindex job and metadata edits,
	 * which never extract again).
	 */
	public SolrInputDocument build(CatalogueDocument document, String contentType, Integer pages, String text,
			LanguageProfile profile) {
		DocumentMetadata metadata = document.metadata();
		SolrInputDocument doc = new SolrInputDocument();
		doc.setField(SolrFields.ID, document.id());
		doc.setField(SolrFields.TITLE, metadata.title());
		String titleLanguage = metadata.language() != null ? metadata.language() : profile.language();
		doc.setField(SolrFields.title(titleLanguage), metadata.title());
		doc.setField(SolrFields.TITLE_EXACT, metadata.title());
		doc.setField(SolrFields.TITLE_SORT, metadata.title());
		setIfPresent(doc, SolrFields.DESCRIPTION, metadata.description());
		metadata.authors().forEach(author -> doc.addField(SolrFields.AUTHORS, author));
		doc.setField(SolrFields.FILE_NAME, document.fileName());
		doc.setField(SolrFields.CONTENT_TYPE, contentType);
		doc.setField(SolrFields.FORMAT, format(contentType));
		doc.setField(SolrFields.SIZE, document.size());
		setIfPresent(doc, SolrFields.PAGES, pages);
		doc.setField(SolrFields.TYPE, metadata.type());
		metadata.topics().forEach(topic -> doc.addField(SolrFields.TOPICS, topic));
		doc.setField(SolrFields.LANGUAGE, profile.language());
		profile.languages().forEach(language -> doc.addField(SolrFields.LANGUAGES, language));
		setIfPresent(doc, SolrFields.ORGANIZATION, blankToNull(metadata.organization()));
		setIfPresent(doc, SolrFields.REGION, blankToNull(metadata.region()));
		metadata.audience().forEach(audience -> doc.addField(SolrFields.AUDIENCE, audience));
		doc.setField(SolrFields.ACCESS, metadata.access().name());
		setIfPresent(doc, SolrFields.YEAR, metadata.year());
		doc.setField(SolrFields.INDEXED_AT, Date.from(Instant.now()));
		addMetadataModel(doc, metadata);
		if (metadata.description() != null && !metadata.description().isBlank()) {
			doc.setField(SolrFields.description(titleLanguage), metadata.description());
			doc.addField(SolrFields.TEXT_EXACT, metadata.description());
		}
		for (Segment segment : profile.segments()) {
			doc.addField(SolrFields.TEXT_EXACT, segment.text());
		}
		// the highlighted text_* values carry page markers where the text has pages (issue 3)
		List<Segment> marked = PageSegments.mark(text, profile.segments());
		for (Segment segment : marked) {
			doc.addField(SolrFields.text(segment.language()), segment.text());
		}
		setIfPresent(doc, SolrFields.SUMMARY, Summary.of(marked, profile.language()));
		// issue 19: what a translation keeps (addresses, numbers, dates, legal references)
		VersionAnchors.of(text).forEach(anchor -> doc.addField(SolrFields.ANCHORS, anchor));
		return doc;
	}

	/** Issue 5: per-language titles and the further Dublin Core fields. */
	private static void addMetadataModel(SolrInputDocument doc, DocumentMetadata metadata) {
		metadata.titles().forEach((lang, title) -> {
			if (title != null && !title.isBlank()) {
				doc.setField(SolrFields.title(lang), title.strip());
			}
		});
		setIfPresent(doc, SolrFields.CITY, blankToNull(metadata.city()));
		metadata.targetGroups().forEach(group -> doc.addField(SolrFields.TARGET_GROUPS, group));
		setIfPresent(doc, SolrFields.LICENSE, blankToNull(metadata.license()));
		setIfPresent(doc, SolrFields.SOURCE_URL, blankToNull(metadata.sourceUrl()));
		setIfPresent(doc, SolrFields.DECLARED_LANGUAGE, blankToNull(metadata.language()));
		if (metadata.published() != null) {
			doc.setField(SolrFields.PUBLISHED, Date.from(metadata.published().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (metadata.validAsOf() != null) {
			doc.setField(SolrFields.VALID_AS_OF,
					Date.from(metadata.validAsOf().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
	}

	/** A short format name for the facet, from a media type. */
	public static String format(String contentType) {
		return FORMATS.getOrDefault(contentType == null ? "" : contentType.toLowerCase(Locale.ROOT), "other");
	}

	private static void setIfPresent(SolrInputDocument doc, String field, Object value) {
		if (value != null) {
			doc.setField(field, value);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
