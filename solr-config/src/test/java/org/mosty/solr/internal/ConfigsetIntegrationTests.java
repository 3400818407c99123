package org.mosty.solr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mosty.config.MostyProperties;
import org.mosty.solr.client.SolrClientConfiguration;
import org.mosty.solr.PageMarkers;
import org.mosty.solr.SolrFields;
import org.mosty.solr.SolrProperties;

/**
 * The Mosty configset in a real Solr: an embedded core (the default mode) and a Solr server over
 * HTTP (Jetty, as a standalone Solr 9 runs it), both made by {@link SolrClientConfiguration}.
 * Checks that inflected forms meet in each language and that user text cannot reach fields.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfigsetIntegrationTests {

	@TempDir
	static Path dataDir;

	@TempDir
	static Path serverHome;

	private SolrClient embedded;

	private JettySolrRunner jetty;

	private SolrClient http;

	@BeforeAll
	void start() throws Exception {
		SolrClientConfiguration configuration = new SolrClientConfiguration();
		MostyProperties mosty = new MostyProperties(dataDir);
		embedded = configuration.solrClient(
				new SolrProperties(SolrProperties.Mode.EMBEDDED, null, "mosty", Duration.ofSeconds(1)), mosty);

		// a standalone Solr server: solr.xml plus a core folder holding the configset files as they are
		Files.writeString(serverHome.resolve("solr.xml"), "<solr/>", StandardCharsets.UTF_8);
		EmbeddedSolr.installConfigset(serverHome.resolve("mosty").resolve("conf"));
		Files.writeString(serverHome.resolve("mosty").resolve("core.properties"), "name=mosty\n",
				StandardCharsets.UTF_8);
		System.setProperty("solr.allowPaths", serverHome.toString());
		jetty = new JettySolrRunner(serverHome.toString(), new Properties(), JettyConfig.builder().setPort(0).build());
		jetty.start();
		http = configuration.solrClient(new SolrProperties(SolrProperties.Mode.HTTP,
				URI.create(jetty.getBaseUrl().toString()), "mosty", Duration.ofSeconds(1)), mosty);

		for (SolrClient client : List.of(embedded, http)) {
			client.add(List.of(doc("pl1", "pl", "Pomagamy uchodźców z Ukrainy znaleźć mieszkania we Wrocławiu."),
					doc("uk1", "uk", "Ми допомагаємо біженців з України знайти житло та роботу."),
					doc("en1", "en", "Refugees are housed by the city; the organisation's housing office helps."),
					doc("ru1", "ru", "Беженцы получают помощь в поиске жилья."),
					// a library has more than one document per language: with one, a language field's
					// BM25 statistics (its document count) say nothing, and the cross-language fields win
					doc("pl2", "pl", "Sprawozdanie z pracy zarządu fundacji za rok 2024."),
					doc("pl3", "pl", "Kalendarz szkoleń dla nauczycieli na jesień."),
					doc("uk2", "uk", "Звіт правління фонду за 2024 рік."),
					doc("uk3", "uk", "Календар навчань для вчителів на осінь."),
					doc("en2", "en", "Annual report of the foundation's board for 2024."),
					doc("en3", "en", "Training calendar for teachers this autumn.")));
			client.commit();
		}
	}

	@AfterAll
	void stop() throws Exception {
		if (http != null) {
			http.close();
		}
		if (jetty != null) {
			jetty.stop();
		}
		if (embedded != null) {
			embedded.close();
		}
	}

	@Test
	void polishInflectedFormsMeetAtTheirLemma() throws Exception {
		assertFinds("uchodźcami", "pl1");
		assertFinds("mieszkaniem", "pl1");
		assertFinds("Wrocław", "pl1");
	}

	@Test
	void ukrainianInflectedFormsMeetAtTheirLemma() throws Exception {
		assertFinds("біженцям", "uk1");
		assertFinds("роботою", "uk1");
	}

	@Test
	void englishInflectedFormsMeetAtTheirStem() throws Exception {
		assertFinds("refugee", "en1");
		assertFinds("house", "en1");
		assertFinds("organisation", "en1");
	}

	@Test
	void otherLanguagesAreSearchableInTheNeutralField() throws Exception {
		assertFinds("беженцы", "ru1");
	}

	@Test
	void userTextCannotQueryOtherFieldsOrSwitchParsers() throws Exception {
		for (SolrClient client : List.of(embedded, http)) {
			assertThat(search(client, "id:pl1").getResults()).isEmpty();
			assertThat(search(client, "{!lucene}*:*").getResults()).isEmpty();
			assertThat(search(client, "_query_:\"{!lucene}id:pl1\"").getResults()).isEmpty();
		}
	}

	@Test
	void snippetsMarkMatchesWithPrivateUseCharacters() throws Exception {
		for (SolrClient client : List.of(embedded, http)) {
			SolrQuery query = new SolrQuery("uchodźcami");
			query.setRequestHandler(SolrFields.SEARCH_HANDLER);
			query.setHighlight(true);
			QueryResponse response = client.query(query);
			Map<String, List<String>> highlights = response.getHighlighting().get("pl1");
			assertThat(highlights.get("text_pl")).singleElement().asString().contains("\uE000uchodźców\uE001");
		}
	}

	// ---- issue 3, search features

	@Test
	void pageMarkersProduceNoTermsInAnyTextField() throws Exception {
		String marker = PageMarkers.marker(12, true);
		for (SolrClient client : List.of(embedded, http)) {
			SolrInputDocument doc = doc("pm1", "pl", marker + "Zzmarkerpl ma kota.\n" + PageMarkers.marker(12, false)
					+ "Druga linia.");
			doc.addField(SolrFields.text("uk"), marker + "Ззмаркеруа стоїть тут.");
			doc.addField(SolrFields.text("en"), marker + "Zzmarkeren stands here.");
			doc.addField(SolrFields.text("ru"), marker + "Ззмаркерру стоит здесь.");
			client.add(doc);
			client.commit();
			for (String word : List.of("zzmarkerpl", "ззмаркеруа", "zzmarkeren", "ззмаркерру", "\"kota druga\"")) {
				assertThat(search(client, word).getResults()).as(word).extracting(d -> d.getFieldValue("id"))
					.containsExactly("pm1");
			}
			for (String field : SolrFields.textFields()) {
				SolrQuery anyMarkerTerm = new SolrQuery(field + ":/.*[\uE002-\uE019].*/");
				assertThat(client.query(anyMarkerTerm).getResults()).as(field).isEmpty();
			}
		}
	}

	@Test
	void didYouMeanIsOnlyOfferedWhenItFindsSomethingUnderTheFilters() throws Exception {
		for (SolrClient client : List.of(embedded, http)) {
			SolrInputDocument restricted = doc("sp1", "pl", "Projekt Kwarkoblast jest poufny.");
			restricted.setField(SolrFields.ACCESS, "RESTRICTED");
			client.add(restricted);
			client.commit();
			SolrQuery query = new SolrQuery("kwarkoblst");
			query.setRequestHandler(SolrFields.SEARCH_HANDLER);
			query.set("spellcheck", true);
			assertThat(client.query(query).getSpellCheckResponse().getCollatedResult()).isEqualTo("kwarkoblast");
			query.addFilterQuery(SolrFields.ACCESS + ":PUBLIC");
			var spelling = client.query(query).getSpellCheckResponse();
			assertThat(spelling == null ? null : spelling.getCollatedResult()).isNull();

			// even when the other corrected words would find a visible document without the
			// restricted one (a looser mm), the collation is checked with every word required
			// ("uchodzcuw" is misspelt beyond what the folded field forgives, so nothing is found)
			SolrQuery looser = new SolrQuery("kwarkoblst uchodzcuw");
			looser.setRequestHandler(SolrFields.SEARCH_HANDLER);
			looser.set("spellcheck", true);
			looser.set("q.op", "OR");
			looser.set("mm", "1");
			looser.addFilterQuery(SolrFields.ACCESS + ":PUBLIC");
			QueryResponse response = client.query(looser);
			assertThat(response.getResults()).isEmpty();
			String collation = response.getSpellCheckResponse() == null ? null
					: response.getSpellCheckResponse().getCollatedResult();
			assertThat(collation).isNull();
		}
	}

	@Test
	void prefixSuggestionsFoldLatinDiacriticsOnly() throws Exception {
		for (SolrClient client : List.of(embedded, http)) {
			SolrInputDocument doc = doc("sg1", "pl", "Tekst.");
			doc.setField(SolrFields.TITLE, "Uchodźcy w Łodzi: поради для сім’ї");
			doc.setField(SolrFields.ORGANIZATION, "Fundacja Żuraw");
			client.add(doc);
			client.commit();
			assertThat(suggest(client, SolrFields.SUGGEST_TITLE, "uchodz lodz")).containsExactly("sg1");
			assertThat(suggest(client, SolrFields.SUGGEST_TITLE, "сім'ї пор")).containsExactly("sg1");
			assertThat(suggest(client, SolrFields.SUGGEST_TITLE, "сім'і")).isEmpty();
			assertThat(suggest(client, SolrFields.SUGGEST_ORGANIZATION, "zura")).containsExactly("sg1");
		}
	}

	private static List<Object> suggest(SolrClient client, String field, String prefix) throws Exception {
		SolrQuery query = new SolrQuery(prefix);
		query.setRequestHandler(SolrFields.SUGGEST_HANDLER);
		query.set("qf", field);
		return client.query(query).getResults().stream().map(doc -> doc.getFieldValue("id")).toList();
	}


	@Test
	void aQueryInOneLanguageFindsTheOthersThroughTheGlossaryRankedBelow() throws Exception {
		for (SolrClient client : List.of(embedded, http)) {
			for (String query : List.of("uchodźcami", "біженцям", "refugees")) {
				assertThat(search(client, query).getResults()).as(query)
					.extracting(doc -> doc.getFieldValue("id"))
					.contains("pl1", "uk1", "en1")
					.doesNotContain("ru1");
			}
			assertThat(search(client, "біженцям").getResults().get(0).getFieldValue("id")).isEqualTo("uk1");
			assertThat(search(client, "refugees").getResults().get(0).getFieldValue("id")).isEqualTo("en1");
		}
	}

	/** The document in the query's language comes first (others may follow through the glossary). */
	private void assertFinds(String query, String id) throws Exception {
		for (SolrClient client : List.of(embedded, http)) {
			assertThat(search(client, query).getResults()).as(query + " via " + client.getClass().getSimpleName())
				.extracting(doc -> doc.getFieldValue("id"))
				.first()
				.isEqualTo(id);
		}
	}

	private static QueryResponse search(SolrClient client, String q) throws Exception {
		SolrQuery query = new SolrQuery(q);
		query.setRequestHandler(SolrFields.SEARCH_HANDLER);
		return client.query(query);
	}

	private static SolrInputDocument doc(String id, String language, String text) {
		SolrInputDocument doc = new SolrInputDocument();
		doc.setField(SolrFields.ID, id);
		doc.setField(SolrFields.TITLE, id);
		doc.setField(SolrFields.LANGUAGE, language);
		doc.setField(SolrFields.ACCESS, "PUBLIC");
		doc.setField(SolrFields.text(language), text);
		doc.setField(SolrFields.TEXT_EXACT, text);
		return doc;
	}
}
