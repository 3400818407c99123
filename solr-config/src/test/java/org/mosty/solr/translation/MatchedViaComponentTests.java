package org.mosty.solr.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.NamedList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mosty.solr.SolrFields;
import org.mosty.solr.internal.EmbeddedSolr;

/**
 * The matchedVia component in the real configset: a hit in another language says which query words
 * it matched through the lexicon, the glossary or the gazetteer, and the word in its own language;
 * a hit that has the query's words itself says nothing; nothing is said unless asked for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchedViaComponentTests {

	private EmbeddedSolrServer solr;

	@BeforeAll
	void index() throws Exception {
		solr = EmbeddedSolr.start(Files.createTempDirectory("mosty-matched-via"), "mosty");
		solr.add(List.of(
				doc("uk-1", "uk", "Притулок і житло для біженців у Львові. Орендна плата та перекладач."),
				doc("pl-1", "pl", "Prawo do azylu w Polsce. Czynsz za mieszkanie we Lwowie."),
				doc("en-1", "en", "Asylum seekers in Lviv: rent and interpreters.")));
		solr.commit();
	}

	@AfterAll
	void stop() throws IOException {
		solr.close();
	}

	private static SolrInputDocument doc(String id, String language, String text) {
		SolrInputDocument doc = new SolrInputDocument();
		doc.setField(SolrFields.ID, id);
		doc.setField(SolrFields.LANGUAGE, language);
		doc.setField("text_" + language, text);
		doc.setField("text_exact", text);
		doc.setField(SolrFields.TITLE, id);
		return doc;
	}

	private Map<String, List<Map<String, String>>> matchedVia(String q, boolean ask) throws Exception {
		SolrQuery query = new SolrQuery(q);
		query.setRequestHandler(SolrFields.SEARCH_HANDLER);
		query.set("hl", false);
		if (ask) {
			query.set(MatchedViaComponent.PARAM, true);
		}
		QueryResponse response = solr.query(query);
		Object section = response.getResponse().get(MatchedViaComponent.PARAM);
		if (!(section instanceof NamedList<?> list)) {
			return null;
		}
		Map<String, List<Map<String, String>>> result = new java.util.LinkedHashMap<>();
		list.forEach((id, items) -> result.put(id, ((List<?>) items).stream()
			.map(item -> Map.of("query", (String) ((NamedList<?>) item).get("query"), "matched",
					(String) ((NamedList<?>) item).get("matched")))
			.toList()));
		return result;
	}

	@Test
	void aPolishQuestionExplainsTheUkrainianAndEnglishHits() throws Exception {
		Map<String, List<Map<String, String>>> via = matchedVia("azylu czynsz", true);
		assertThat(via.get("uk-1")).contains(Map.of("query", "azylu", "matched", "притулок"),
				Map.of("query", "czynsz", "matched", "орендна плата"));
		assertThat(via.get("en-1")).contains(Map.of("query", "azylu", "matched", "asylum"),
				Map.of("query", "czynsz", "matched", "rent"));
		assertThat(via).as("the Polish hit has the words itself").doesNotContainKey("pl-1");
	}

	@Test
	void placesAreExplainedToo() throws Exception {
		Map<String, List<Map<String, String>>> via = matchedVia("Львів", true);
		assertThat(via.get("pl-1")).extracting(item -> item.get("query")).containsExactly("Львів");
		assertThat(via).doesNotContainKey("uk-1");
	}

	@Test
	void nothingIsSaidUnlessAskedFor() throws Exception {
		assertThat(matchedVia("azylu", false)).isNull();
	}
}
