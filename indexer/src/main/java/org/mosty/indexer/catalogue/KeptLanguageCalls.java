package org.mosty.indexer.catalogue;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.mosty.indexer.language.LanguageDetection;

/**
 * The language detections of a document's kept text ({@link org.mosty.indexer.language.LanguageProfile#calls()}), stored
 * next to the text, so {@code reindexJob} and metadata edits profile the text again without
 * running Lingua (which costs several times what indexing the document in Solr does).
 */
@Repository
public class KeptLanguageCalls {

	private static final TypeReference<Map<String, LanguageDetection.Detection>> CALLS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	public KeptLanguageCalls(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Keeps the detections with the document's current text (a no-op when it has none). */
	public void keep(String id, Map<String, LanguageDetection.Detection> calls) {
		jdbc.sql("update document_text set language_calls = :calls where document_id = :id")
			.param("id", id)
			.param("calls", json.writeValueAsString(calls))
			.update();
	}

	/** The kept detections, empty when none were kept or they cannot be read. */
	public Map<String, LanguageDetection.Detection> find(String id) {
		String kept = jdbc.sql("select language_calls from document_text where document_id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
		if (kept == null || kept.isBlank()) {
			return Map.of();
		}
		try {
			return json.readValue(kept, CALLS);
		}
		catch (JacksonException ex) {
			return Map.of(); // detected again, and kept again by the caller
		}
	}
}
