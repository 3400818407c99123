package org.mosty.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mosty.testing.ApiClient.encode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.solr.client.solrj.SolrClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.extraction.Extraction;
import org.mosty.indexer.ingest.SolrDocumentFactory;
import org.mosty.indexer.language.SegmentLanguages;
import org.mosty.testing.ApiClient;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.TestDataDirs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The search features users ask for, over real HTTP against the sample library in a real embedded
 * Solr core, each with access enforced inside Solr: "did you mean", prefix suggestions, related
 * documents, phrase queries, snippets from the matching language with page numbers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchFeaturesIntegrationTests {

	static final String ADMIN = "admin";

	static final String PASSWORD = "test-admin-password";

	static final String PAGED_ID = "01PAGEDTESTD0C0000000000AA";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("search-features"));
		registry.add("mosty.admin.password", () -> PASSWORD);
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	@BeforeAll
	void library() throws Exception {
		api = new ApiClient(port);
		IngestAwait.untilIdle(context, Duration.ofMinutes(3));
		upload("kwarkoblast.txt", """
				Notatka zarządu o projekcie Kwarkoblast dla uchodźcow. Projekt Kwarkoblast jest poufny i dotyczy planów
				fundacji na przyszły rok. Nie wolno go pokazywać poza zarządem, bo zawiera dane osobowe
				i szczegóły finansowania, które nie są jeszcze uzgodnione z darczyńcami.
				""", "{\"title\":\"Notatka zarządu: Zebrawiatr\",\"type\":\"article\",\"access\":\"RESTRICTED\","
				+ "\"organization\":\"Fundacja Kormoran Tajny\",\"language\":\"pl\"}");
		upload("phrase-inflected.txt", """
				Zzfrazatest. Rodziny z Ukrainy korzystają z ochrony czasowej od wielu miesięcy i pytają,
				jak długo będzie trwała. Opisujemy zasady, terminy i dokumenty, które trzeba mieć przy sobie.
				""", "{\"title\":\"Fraza odmieniona\",\"type\":\"article\",\"access\":\"PUBLIC\",\"language\":\"pl\"}");
		upload("phrase-exact.txt", """
				Zzfrazatest. Ochrona czasowa obejmuje obywateli Ukrainy, którzy przyjechali po lutym 2022 roku.
				Wyjaśniamy, kto może z niej korzystać i jakie prawa daje w praktyce na co dzień.
				""", "{\"title\":\"Fraza dokładna\",\"type\":\"article\",\"access\":\"PUBLIC\",\"language\":\"pl\"}");
		upload("phrase-apart.txt", """
				Zzfrazatest. Ochrona danych osobowych w organizacji to obowiązek zarządu. Umowa czasowa
				z wolontariuszem też musi ją opisywać, a wszystkie zgody trzeba przechowywać bezpiecznie.
				""", "{\"title\":\"Słowa osobno\",\"type\":\"article\",\"access\":\"PUBLIC\",\"language\":\"pl\"}");
		upload("mixed.txt", """
				Ulotka informacyjna dla rodzin, które przyjechały do Polski. Wyjaśniamy w niej, gdzie szukać
				pomocy prawnej, jak zapisać dziecko do szkoły i gdzie zgłosić się po wsparcie w urzędzie gminy.
				Wszystkie porady są bezpłatne, a konsultanci mówią po polsku i po ukraińsku.

				Ця листівка для родин, які приїхали до Польщі. Консультанти допомагають із документами,
				пояснюють правила зарахування дитини до школи та розповідають про зозулястий пункт підтримки
				у кожній гміні, де можна отримати безкоштовну допомогу українською мовою.
				""", "{\"title\":\"Ulotka dwujęzyczna\",\"type\":\"leaflet\",\"access\":\"PUBLIC\"}");
		IngestAwait.untilIdle(context, Duration.ofMinutes(1));
		indexPagedDocument();
	}

	/**
	 * A document whose extracted text has pages (a form feed between them, as the extractor writes
	 * PDF text), built by the real document factory and language detection and written to Solr
	 * directly: page 1 Polish, page 2 one long Ukrainian line, page 3 English, page 4 Russian.
	 */
	private void indexPagedDocument() throws Exception {
		String text = "Strona pierwsza poradnika. Opisujemy procedury dla cudzoziemców w urzędzie wojewódzkim.\n"
				+ "Zzsłoń pojawia się na początku tej linii, a cała strona mówi o dokumentach pobytowych.\n"
				+ "Kolejna linia tekstu o wnioskach, terminach i opłatach skarbowych w urzędzie, zzwspólny.\n\f"
				+ "Друга сторінка путівника розповідає про житло для переселенців у великих містах Польщі, "
				+ "про договори оренди, про права орендаря, про депозит і комунальні платежі, про те, як "
				+ "шукати квартиру без посередників і на що звернути увагу перед підписанням договору, а "
				+ "також про ззкенгуру, тобто наш пункт консультацій, де безкоштовно перевіряють договори.\n\f"
				+ "The third page is in English and explains where to find free legal advice in the city.\n"
				+ "Zzpelican appears at the start of this line, after the page marker of the line.\n"
				+ "Another line about appointments, interpreters and documents to bring along, zzwspólny.\n\f"
				+ "Четвёртая страница написана по-русски и объясняет, как получить бесплатную помощь.\n"
				+ "Ззбегемот стоит в начале этой строки, чтобы проверить поиск по русскому тексту.\n";
		DocumentMetadata metadata = new DocumentMetadata("Poradnik wielostronicowy", "guideline", AccessLevel.PUBLIC,
				List.of("legal-aid"), null, 2025, null, null, null, null, null);
		CatalogueDocument document = new CatalogueDocument(PAGED_ID, "paged.pdf", 1000, "0".repeat(64),
				"application/pdf", metadata, DocumentStatus.INDEXED, null, null, List.of(), 4, text.length(),
				Instant.now(), Instant.now(), Instant.now(), null);
		Extraction extraction = new Extraction(text, "application/pdf", 4, List.of());
		var profile = context.getBean(SegmentLanguages.class).profile(text, null);
		SolrClient solr = context.getBean(SolrClient.class);
		solr.add(context.getBean(SolrDocumentFactory.class).build(document, extraction, profile));
		solr.commit();
	}

	// ---- facet methods (issue 21)

	/**
	 * solrconfig.xml counts the small vocabularies' facets term by term from the filter cache
	 * (enum); the counts must be those of doc values (fc, every facet before issue 21): all
	 * documents, an access filter, and a multi-select filter whose facet excludes it.
	 */
	@Test
	void facetsCountedTermByTermAreThoseOfDocValues() throws Exception {
		SolrClient solr = context.getBean(SolrClient.class);
		for (List<String> filters : List.of(List.<String>of(), List.of("access:PUBLIC"),
				List.of("access:(PUBLIC OR MEMBERS)", "{!tag=type}type:(guideline OR report)"))) {
			java.util.Map<String, List<String>> asConfigured = facetCounts(solr, filters, false);
			java.util.Map<String, List<String>> docValues = facetCounts(solr, filters, true);
			assertThat(asConfigured).as("facets with %s", filters).isEqualTo(docValues);
			assertThat(asConfigured.get("type")).as("types with %s", filters).isNotEmpty();
			assertThat(asConfigured.get("topic")).as("topics with %s", filters).isNotEmpty();
			assertThat(asConfigured.get("language")).as("languages with %s", filters).isNotEmpty();
		}
	}

	private static java.util.Map<String, List<String>> facetCounts(SolrClient solr, List<String> filters,
			boolean docValues) throws Exception {
		org.apache.solr.client.solrj.SolrQuery query = new org.apache.solr.client.solrj.SolrQuery();
		query.setRequestHandler(org.mosty.solr.SolrFields.SEARCH_HANDLER);
		query.setRows(0);
		filters.forEach(query::addFilterQuery);
		query.setFacet(true);
		for (Facet facet : Facet.values()) {
			if (facet.counted()) {
				query.addFacetField("{!ex=type key=" + facet.parameter() + "}" + facet.field());
				if (docValues) {
					query.set("f." + facet.field() + ".facet.method", "fc");
				}
			}
		}
		java.util.Map<String, List<String>> counts = new java.util.TreeMap<>();
		for (var field : solr.query(query).getFacetFields()) {
			counts.put(field.getName(), field.getValues().stream().map(count -> count.getName() + "=" + count.getCount()).toList());
		}
		return counts;
	}

	// ---- did you mean

	@Test
	void aTypoGetsADidYouMeanThatFindsSomething() {
		JsonNode polish = search("q=" + encode("poradnk"));
		assertThat(polish.get("didYouMean").isNull()).as(polish.toString()).isFalse();
		assertThat(search("q=" + encode(polish.get("didYouMean").asString())).get("total").asLong()).isPositive();

		JsonNode ukrainian = search("q=" + encode("біженцв"));
		assertThat(ukrainian.get("didYouMean").asString()).isIn("біженців", "біженці");
		JsonNode noDiacritics = search("q=" + encode("uchodzcow"));
		assertThat(noDiacritics.get("didYouMean").asString()).isEqualTo("uchodźców");
	}

	@Test
	void aCorrectQueryHasNoDidYouMean() {
		JsonNode result = search("q=" + encode("uchodźców"));
		assertThat(result.get("total").asLong()).isPositive();
		assertThat(result.get("didYouMean").isNull()).isTrue();
	}

	@Test
	void didYouMeanNeverRevealsAWordOfADocumentTheUserCannotSee() {
		// "kwarkoblast" occurs only in a RESTRICTED document
		JsonNode anonymous = search("q=kwarkoblst");
		assertThat(anonymous.get("total").asLong()).isZero();
		assertThat(anonymous.get("didYouMean").isNull()).as(anonymous.toString()).isTrue();
		assertThat(anonymous.toString()).doesNotContainIgnoringCase("kwarkoblast");

		JsonNode editor = asAdmin("q=kwarkoblst");
		assertThat(editor.get("didYouMean").asString()).isEqualTo("kwarkoblast");

		// a misspelling that only a restricted document contains is corrected like any unknown
		// word, so getting no correction tells nothing about what the index holds
		assertThat(search("q=" + encode("uchodźcow")).get("didYouMean").asString()).isEqualTo("uchodźców");

		// nor when other words of a longer query would find something without it (see also
		// ConfigsetIntegrationTests: collations are checked with mm=100%)
		for (String query : List.of("kwarkoblst uchodźców pomoc", "kwarkoblst ochrona czasowa poradnik dla organizacji")) {
			JsonNode longer = search("q=" + encode(query));
			assertThat(longer.toString()).as(query).doesNotContainIgnoringCase("kwarkoblast");
		}

		// the facet filters count too: no collation that would find nothing under them
		assertThat(asAdmin("q=kwarkoblst&f.type=report").get("didYouMean").isNull()).isTrue();
		assertThat(asAdmin("q=kwarkoblst&f.type=article").get("didYouMean").asString()).isEqualTo("kwarkoblast");
	}

	// ---- suggestions

	@Test
	void suggestionsComeFromTitlesTopicsAndOrganisationsWithoutDiacritics() {
		List<String> uchodz = suggestions("q=uchodz");
		assertThat(uchodz).contains("title:Gdzie mieszkają uchodźcy? Raport z Wrocławia", "topic:uchodźcy");
		assertThat(suggestions("q=lodz")).contains("title:Job Mentoring Circles: A Good Practice from Łódź");
		assertThat(suggestions("q=" + encode("fundacja most"))).contains("organization:Fundacja Most Nadziei");
		assertThat(suggestions("q=" + encode("Ochrona cz"))).first()
			.isEqualTo("title:Ochrona czasowa – poradnik dla organizacji");
	}

	@Test
	void cyrillicPrefixesWorkAndTopicsAreLabelledInTheRequestedLanguage() {
		assertThat(suggestions("q=" + encode("тимчас"))).contains(
				"title:Тимчасовий захист у Польщі: короткий путівник", "topic:ochrona czasowa");
		assertThat(suggestions("q=" + encode("тимчас") + "&lang=uk")).contains("topic:тимчасовий захист");
		assertThat(suggestions("q=" + encode("refug") + "&lang=uk")).contains("topic:біженці");
		assertThat(suggestions("q=" + encode("благод"))).contains("organization:Благодійний фонд «Нова домівка»");
		// Ukrainian letters are not folded away: ї is not і
		assertThat(suggestions("q=" + encode("польської"))).contains("title:Безкоштовні курси польської мови для дорослих");
		assertThat(suggestions("q=" + encode("польськоі"))).isEmpty();
	}

	@Test
	void suggestionsNeverNameADocumentOrOrganisationTheUserCannotSee() {
		assertThat(suggestions("q=zebraw")).isEmpty();
		assertThat(suggestions("q=kormoran")).isEmpty();
		assertThat(suggestions("q=" + encode("internal draft"))).isEmpty(); // a MEMBERS sample

		assertThat(adminSuggestions("q=zebraw")).contains("title:Notatka zarządu: Zebrawiatr");
		assertThat(adminSuggestions("q=kormoran")).contains("organization:Fundacja Kormoran Tajny");
	}

	@Test
	void suggestionsAreBounded() {
		assertThat(api.json(get("/api/suggest?q=a&size=3")).get("suggestions")).hasSizeLessThanOrEqualTo(3);
		assertThat(api.json(get("/api/suggest?q=")).get("suggestions")).isEmpty();
		assertThat(api.json(get("/api/suggest?q=" + encode("  ** ( \" "))).get("suggestions")).isEmpty();
		assertThat(api.json(get("/api/suggest")).get("suggestions")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{!lucene}access:MEMBERS", "access:RESTRICTED", "*:*", "*", "zebraw OR *:*",
			"_query_:\"{!lucene}*:*\"", "suggest_title:zebraw", "title_sort:*", "(((", "zebraw^1000", "-x" })
	void aPrefixCannotReachOtherFieldsOrParsers(String prefix) {
		HttpResponse<String> response = api.get("/api/suggest?size=20&q=" + encode(prefix));
		assertThat(response.statusCode()).as(prefix).isIn(200, 400);
		assertThat(response.body()).as(prefix)
			.doesNotContain("Zebrawiatr")
			.doesNotContain("Kormoran")
			.doesNotContain("Internal Draft")
			.doesNotContain("Notatka wewnętrzna");
	}

	@ParameterizedTest
	@ValueSource(strings = { "q=a&size=0", "q=a&size=21", "q=a&size=x", "q=a&lang=xx" })
	void badSuggestParametersAnswer400(String parameters) {
		assertThat(api.get("/api/suggest?" + parameters).statusCode()).as(parameters).isEqualTo(400);
	}

	@Test
	void aTooLongPrefixIsRefused() {
		assertThat(api.get("/api/suggest?q=" + "a".repeat(101)).statusCode()).isEqualTo(400);
	}

	// ---- related documents

	@Test
	void relatedDocumentsCrossLanguages() {
		String polishGuide = idOf("Ochrona czasowa – poradnik dla organizacji");
		JsonNode related = api.json(get("/api/documents/" + polishGuide + "/related?size=10"));
		List<String> titles = titles(related);
		assertThat(titles).isNotEmpty().doesNotContain("Ochrona czasowa – poradnik dla organizacji");
		assertThat(titles).contains("Тимчасовий захист у Польщі: короткий путівник");
		JsonNode hit = related.get("hits").get(0);
		for (String field : List.of("id", "title", "language", "languages", "type", "url")) {
			assertThat(hit.has(field)).as(field).isTrue();
		}
	}

	@Test
	void relatedDocumentsAreOnlyThoseTheUserMaySee() {
		String leaflet = idOf("Соціальна допомога в Польщі: пам’ятка для родин з України");
		List<String> anonymous = titles(api.json(get("/api/documents/" + leaflet + "/related?size=20")));
		List<String> admin = titles(api.json(api.get("/api/documents/" + leaflet + "/related?size=20", ADMIN,
				PASSWORD)));
		String membersOnly = "Внутрішня чернетка: доступ до медичної допомоги";
		assertThat(admin).contains(membersOnly);
		assertThat(anonymous).isNotEmpty().doesNotContain(membersOnly);

		String hidden = api.json(api.get("/api/search?q=tajnowyraz", ADMIN, PASSWORD)).at("/hits/0/id").asString();
		assertThat(api.get("/api/documents/" + hidden + "/related").statusCode()).isEqualTo(404);
		assertThat(api.get("/api/documents/" + hidden + "/related", ADMIN, PASSWORD).statusCode()).isEqualTo(200);
		assertThat(api.get("/api/documents/01ZZZZZZZZZZZZZZZZZZZZZZZZ/related").statusCode()).isEqualTo(404);
		assertThat(api.get("/api/documents/" + leaflet + "/related?size=21").statusCode()).isEqualTo(400);
	}

	@Test
	void relatedDocumentsOfADocumentOutOfTheIndexAreAnEmptyListNotAnError() throws Exception {
		String id = api.json(api.get("/api/search?q=tajnowyraz", ADMIN, PASSWORD)).at("/hits/0/id").asString();
		assertThat(api.delete("/api/documents/" + id, ADMIN, PASSWORD).statusCode()).isEqualTo(204);
		try {
			long gone = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
			while (api.json(api.get("/api/search?q=tajnowyraz", ADMIN, PASSWORD)).get("total").asLong() > 0
					&& System.nanoTime() < gone) {
				Thread.sleep(200); // out of the searcher once the withdrawal is committed
			}
			HttpResponse<String> related = api.get("/api/documents/" + id + "/related", ADMIN, PASSWORD);
			assertThat(related.statusCode()).as(related.body()).isEqualTo(200);
			assertThat(api.json(related).get("hits")).isEmpty();
		}
		finally {
			assertThat(api.post("/api/documents/" + id + "/restore", "", ADMIN, PASSWORD).statusCode()).isEqualTo(200);
			long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
			while (api.json(api.get("/api/search?q=tajnowyraz", ADMIN, PASSWORD)).get("total").asLong() == 0
					&& System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
		}
	}

	// ---- phrases

	@Test
	void aQuotedPhraseMatchesTheWordsTogetherInAnyInflectionExactFormFirst() {
		// mm lets one of two clauses miss (a typo must not empty the result): documents with the
		// marker word and the phrase rank near the top (a title that is the phrase may lead), the
		// one with the words apart matches through the marker word only, below them
		List<String> phrase = titles(search("q=" + encode("zzfrazatest \"ochrona czasowa\"")));
		assertThat(phrase.subList(0, 3)).contains("Fraza dokładna", "Fraza odmieniona");
		assertThat(phrase.indexOf("Słowa osobno")).isGreaterThan(phrase.indexOf("Fraza odmieniona"));
		assertThat(titles(search("q=" + encode("\"ochrona czasowa\"")))).contains("Fraza dokładna", "Fraza odmieniona")
			.doesNotContain("Słowa osobno");
		List<String> words = titles(search("q=" + encode("zzfrazatest ochrona czasowa")));
		assertThat(words).contains("Fraza dokładna", "Fraza odmieniona", "Słowa osobno");
		assertThat(titles(search("q=" + encode("\"ochrona czasowa\"")))).contains(
				"Ochrona czasowa – poradnik dla organizacji");
		assertThat(titles(search("q=" + encode("\"тимчасового захисту\"")))).contains(
				"Тимчасовий захист у Польщі: короткий путівник");
	}

	// ---- snippets

	@Test
	void aUkrainianQueryGetsUkrainianSnippets() {
		JsonNode hit = hitTitled(search("q=" + encode("тимчасовий захист")),
				"Тимчасовий захист у Польщі: короткий путівник");
		assertThat(hit.get("snippets")).isNotEmpty();
		hit.get("snippets").forEach(snippet -> assertThat(snippet.get("text").asString()).containsPattern(
				"<mark>[А-Яа-яІіЇїЄєҐґ]+</mark>"));
	}

	@Test
	void aMixedDocumentShowsSnippetsOfTheSegmentThatMatched() {
		JsonNode hit = hitTitled(search("q=" + encode("зозулястий")), "Ulotka dwujęzyczna");
		assertThat(hit.get("languages").toString()).contains("pl").contains("uk");
		assertThat(hit.get("snippets")).isNotEmpty();
		hit.get("snippets").forEach(snippet -> assertThat(snippet.get("text").asString()).contains("<mark>")
			.contains("пункт підтримки")
			.doesNotContain("Ulotka informacyjna"));
	}

	@Test
	void snippetsOfAPagedDocumentSayTheirPage() {
		assertThat(pagedSnippet("zzsłoń").get("page").asInt()).isEqualTo(1);
		assertThat(pagedSnippet("ззкенгуру").get("page").asInt()).isEqualTo(2);
		assertThat(pagedSnippet("zzpelican").get("page").asInt()).isEqualTo(3);
		assertThat(pagedSnippet("ззбегемот").get("page").asInt()).isEqualTo(4);
		JsonNode snippet = pagedSnippet("zzpelican");
		assertThat(snippet.get("text").asString()).contains("<mark>Zzpelican</mark> appears")
			.doesNotContainPattern("[\uE000-\uF8FF]");
		// a phrase across a line start (where a page marker sits) still matches
		assertThat(titles(search("q=" + encode("\"city zzpelican\"")))).contains("Poradnik wielostronicowy");
	}

	@Test
	void aWordOnSeveralPagesGivesSeveralSnippetsEachWithItsPage() {
		JsonNode hit = hitTitled(search("q=zzwspólny"), "Poradnik wielostronicowy");
		List<Integer> pages = new ArrayList<>();
		hit.get("snippets").forEach(snippet -> pages.add(snippet.get("page").asInt()));
		assertThat(pages).containsExactlyInAnyOrder(1, 3);
	}

	@Test
	void aMisspeltPhraseIsCorrectedAsAPhrase() {
		JsonNode result = search("q=" + encode("\"ochrna czasowa\""));
		assertThat(result.get("didYouMean").asString()).isEqualTo("\"ochrona czasowa\"");
	}

	@Test
	void snippetsOfADocumentWithoutPagesHaveNoPage() {
		JsonNode hit = hitTitled(search("q=zzfrazatest"), "Słowa osobno");
		assertThat(hit.at("/snippets/0/text").asString()).contains("<mark>Zzfrazatest</mark>");
		assertThat(hit.at("/snippets/0/page").isNull()).isTrue();
	}

	private JsonNode pagedSnippet(String word) {
		JsonNode hit = hitTitled(search("q=" + encode(word)), "Poradnik wielostronicowy");
		assertThat(hit.get("snippets")).as(word).isNotEmpty();
		return hit.get("snippets").get(0);
	}

	// ---- helpers

	private void upload(String name, String text, String metadata) {
		var response = api.upload(name, text.getBytes(StandardCharsets.UTF_8), metadata, ADMIN, PASSWORD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
	}

	private HttpResponse<String> get(String path) {
		return api.get(path);
	}

	private JsonNode search(String parameters) {
		HttpResponse<String> response = api.get("/api/search?" + parameters);
		assertThat(response.statusCode()).as(parameters + ": " + response.body()).isEqualTo(200);
		return api.json(response);
	}

	private JsonNode asAdmin(String parameters) {
		HttpResponse<String> response = api.get("/api/search?" + parameters, ADMIN, PASSWORD);
		assertThat(response.statusCode()).as(parameters + ": " + response.body()).isEqualTo(200);
		return api.json(response);
	}

	private List<String> suggestions(String parameters) {
		HttpResponse<String> response = api.get("/api/suggest?" + parameters);
		assertThat(response.statusCode()).as(parameters + ": " + response.body()).isEqualTo(200);
		return kindAndText(api.json(response));
	}

	private List<String> adminSuggestions(String parameters) {
		HttpResponse<String> response = api.get("/api/suggest?" + parameters, ADMIN, PASSWORD);
		assertThat(response.statusCode()).as(parameters + ": " + response.body()).isEqualTo(200);
		return kindAndText(api.json(response));
	}

	private static List<String> kindAndText(JsonNode result) {
		List<String> list = new ArrayList<>();
		result.get("suggestions").forEach(s -> list.add(s.get("kind").asString() + ":" + s.get("text").asString()));
		return list;
	}

	private String idOf(String title) {
		return hitTitled(search("size=100"), title).get("id").asString();
	}

	private static JsonNode hitTitled(JsonNode result, String title) {
		for (JsonNode hit : result.get("hits")) {
			if (hit.get("title").asString().equals(title)) {
				return hit;
			}
		}
		throw new AssertionError("No hit titled " + title + " in " + result);
	}

	private static List<String> titles(JsonNode result) {
		List<String> titles = new ArrayList<>();
		result.get("hits").forEach(hit -> titles.add(hit.get("title").asString()));
		return titles;
	}
}
