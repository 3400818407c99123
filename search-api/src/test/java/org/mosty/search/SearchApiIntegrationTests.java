package org.mosty.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mosty.testing.ApiClient.encode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mosty.testing.ApiClient;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.TestDataDirs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/search} over real HTTP against the sample library in a real embedded Solr
 * core: inflected queries in three languages, filters and facet counts, escaped snippets,
 * access filtering and bad input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchApiIntegrationTests {

	static final String ADMIN = "admin";

	static final String PASSWORD = "test-admin-password";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("search-api"));
		registry.add("mosty.admin.password", () -> PASSWORD);
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	@BeforeEach
	void samplesIndexed() {
		api = new ApiClient(port);
		IngestAwait.untilIdle(context, Duration.ofMinutes(3));
	}

	@Test
	void aPolishQueryInAnotherInflectionFindsThePolishDocuments() {
		// the samples say "uchodźców" and "uchodźcy", never "uchodźcami"
		JsonNode result = search("q=" + encode("uchodźcami"));
		assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(languagesOfHits(result)).contains("pl");
		assertThat(titles(search("q=" + encode("mieszkaniami")))).contains("Gdzie mieszkają uchodźcy? Raport z Wrocławia");
	}

	@Test
	void aUkrainianQueryInAnotherInflectionFindsTheUkrainianDocuments() {
		// the samples say "біженців" and "біженці", never "біженцям"
		JsonNode result = search("q=" + encode("біженцям"));
		assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(languagesOfHits(result)).contains("uk");
		JsonNode work = search("q=" + encode("роботою"));
		assertThat(languagesOfHits(work)).contains("uk");
	}

	@Test
	void anEnglishQueryInAnotherInflectionFindsTheEnglishDocuments() {
		// the samples say "refugees", never "refugee"
		JsonNode result = search("q=" + encode("refugee"));
		assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(languagesOfHits(result)).contains("en");
	}

	@Test
	void aLanguageFilterNarrowsAndItsTotalEqualsTheFacetCount() {
		JsonNode all = search("");
		long ukrainianCount = facetCount(all, "language", "uk");
		assertThat(ukrainianCount).isGreaterThanOrEqualTo(8);

		JsonNode filtered = search("f.language=uk&size=100");
		assertThat(filtered.get("total").asLong()).isEqualTo(ukrainianCount).isLessThan(all.get("total").asLong());
		filtered.get("hits").forEach(hit -> assertThat(hit.get("languages").toString()).contains("\"uk\""));
		// the filtered facet still offers the other languages (multi-select)
		assertThat(facetCount(filtered, "language", "pl")).isGreaterThan(0);
		assertThat(selected(filtered, "language", "uk")).isTrue();
	}

	@Test
	void facetsComeWithCountsAndLabelsInTheRequestedLanguage() {
		JsonNode english = search("lang=en");
		assertThat(english.at("/facets/type").toString()).contains("\"label\":\"Guideline\"");
		JsonNode ukrainian = search("lang=uk");
		assertThat(ukrainian.at("/facets/topic").toString()).contains("біженці");
		assertThat(english.get("facets").has("year")).isTrue();
		assertThat(english.get("facets").has("organization")).isTrue();
	}

	@Test
	void snippetsAreEscapedWithOnlyMarkTags() throws Exception {
		String text = "Zzzescapetest uchodźcy <script>alert('x')</script> & <b>bold</b> \"quoted\".";
		var upload = api.upload("escape.txt", text.getBytes(StandardCharsets.UTF_8),
				"{\"title\":\"Escape <i>test</i>\",\"type\":\"article\",\"access\":\"PUBLIC\"}", ADMIN, PASSWORD);
		assertThat(upload.statusCode()).isEqualTo(202);
		IngestAwait.untilIdle(context, Duration.ofMinutes(1));

		JsonNode hit = search("q=zzzescapetest").get("hits").get(0);
		String snippet = hit.get("snippets").get(0).get("text").asString();
		assertThat(snippet).contains("<mark>Zzzescapetest</mark>")
			.contains("&lt;script&gt;")
			.contains("&amp;")
			.doesNotContain("<script>")
			.doesNotContain("<b>");
		assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
	}

	@Test
	void membersOnlyDocumentsAreInvisibleToAnonymousReaders() {
		assertThat(search("q=tajnowyraz").get("total").asLong()).isZero();
		assertThat(search("q=" + encode("таємнеслово")).get("total").asLong()).isZero();
		JsonNode asAdmin = api.json(api.get("/api/search?q=tajnowyraz", ADMIN, PASSWORD));
		assertThat(asAdmin.get("total").asLong()).isEqualTo(1);

		String id = asAdmin.get("hits").get(0).get("id").asString();
		assertThat(api.get("/api/documents/" + id).statusCode()).isEqualTo(404);
		assertThat(api.get("/api/documents/" + id + "/file").statusCode()).isEqualTo(404);
		assertThat(api.get("/api/documents/" + id, ADMIN, PASSWORD).statusCode()).isEqualTo(200);

		// facet counts of anonymous readers do not count it either
		long anonymousTotal = search("").get("total").asLong();
		long adminTotal = api.json(api.get("/api/search", ADMIN, PASSWORD)).get("total").asLong();
		assertThat(adminTotal).isGreaterThan(anonymousTotal);
		assertThat(sumOfFacet(search(""), "type")).isEqualTo(anonymousTotal);
	}

	@ParameterizedTest
	@ValueSource(strings = { "size=0", "size=101", "size=abc", "page=0", "page=-1", "page=x", "sort=bogus",
			"f.bogus=x", "year.from=abc", "year.from=2025&year.to=2020", "lang=xx", "f.year=twenty",
			"page=600&size=20", "q=a&q=b" })
	void badParametersAnswer400ProblemJson(String parameters) {
		HttpResponse<String> response = api.get("/api/search?" + parameters);
		assertThat(response.statusCode()).as(parameters).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = api.json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("detail").asString()).isNotBlank();
		// and as data: the parameter and a stable code (issue 20)
		JsonNode member = problem.get("problems").get(0);
		assertThat(parameters).contains(member.get("field").asString());
		assertThat(member.get("code").asString()).matches("[a-zA-Z]+");
		assertThat(member.get("arguments").isArray()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{!lucene}access:MEMBERS", "access:MEMBERS", "_query_:\"{!lucene}access:MEMBERS\"",
			"{!terms f=access}MEMBERS,RESTRICTED", "*:*", "tajnowyraz OR *:*", "id:*", "(((", "\"unclosed",
			"text_pl:tajnowyraz", "tajnowyraz^1000", "{!frange l=0}1" })
	void queriesCannotReachOtherFieldsOrParsers(String query) {
		HttpResponse<String> response = api.get("/api/search?size=100&q=" + encode(query));
		assertThat(response.statusCode()).as(query).isIn(200, 400);
		if (response.statusCode() == 200) {
			JsonNode result = api.json(response);
			// the query itself is echoed back; nothing else may carry the members-only text
			assertThat(result.get("hits").toString() + result.get("facets")).as(query)
				.doesNotContain("tajnowyraz")
				.doesNotContain("Notatka wewnętrzna");
			assertThat(result.get("total").asLong()).isLessThanOrEqualTo(publicDocuments());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "x) OR access:(MEMBERS", "{!lucene}*:*", "*", "MEMBERS\" OR access:\"MEMBERS",
			"a\\", "guideline OR report" })
	void filterValuesAreTermsNotQueries(String value) {
		HttpResponse<String> response = api.get("/api/search?f.type=" + encode(value));
		assertThat(response.statusCode()).as(value).isIn(200, 400);
		if (response.statusCode() == 200) {
			assertThat(api.json(response).get("total").asLong()).as(value).isZero();
		}
	}

	@Test
	void aHugeQueryIsRefusedNotFailed() {
		HttpResponse<String> response = api.get("/api/search?q=" + "uchodźcy+".repeat(600));
		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	void pagingAndSortingWork() {
		JsonNode first = search("sort=title&size=5");
		JsonNode second = search("sort=title&size=5&page=2");
		assertThat(first.get("hits")).hasSize(5);
		assertThat(titles(first)).doesNotContainAnyElementsOf(titles(second));
		JsonNode newest = search("sort=newest&size=100");
		List<Integer> years = new ArrayList<>();
		newest.get("hits").forEach(hit -> years.add(hit.get("year").asInt()));
		assertThat(years).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		JsonNode range = search("year.from=2024&year.to=2025&size=100");
		range.get("hits").forEach(hit -> assertThat(hit.get("year").asInt()).isBetween(2024, 2025));
	}

	private long publicDocuments() {
		return search("").get("total").asLong();
	}

	private JsonNode search(String parameters) {
		HttpResponse<String> response = api.get("/api/search?" + parameters);
		assertThat(response.statusCode()).as(parameters + ": " + response.body()).isEqualTo(200);
		return api.json(response);
	}

	private static List<String> languagesOfHits(JsonNode result) {
		List<String> languages = new ArrayList<>();
		result.get("hits").forEach(hit -> languages.add(hit.get("language").asString()));
		return languages;
	}

	private static List<String> titles(JsonNode result) {
		List<String> titles = new ArrayList<>();
		result.get("hits").forEach(hit -> titles.add(hit.get("title").asString()));
		return titles;
	}

	private static long facetCount(JsonNode result, String facet, String value) {
		for (JsonNode entry : result.get("facets").get(facet)) {
			if (entry.get("value").asString().equals(value)) {
				return entry.get("count").asLong();
			}
		}
		return 0;
	}

	private static boolean selected(JsonNode result, String facet, String value) {
		for (JsonNode entry : result.get("facets").get(facet)) {
			if (entry.get("value").asString().equals(value)) {
				return entry.get("selected").asBoolean();
			}
		}
		return false;
	}

	private static long sumOfFacet(JsonNode result, String facet) {
		long sum = 0;
		for (JsonNode entry : result.get("facets").get(facet)) {
			sum += entry.get("count").asLong();
		}
		return sum;
	}
}
