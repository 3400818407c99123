package org.mosty.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.solr.client.solrj.SolrClient;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application over real HTTP: the search page and the document page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchPageIntegrationTests {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("web"));
		registry.add("mosty.admin.password", () -> "web-admin-password");
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ApiClient http;

	@BeforeEach
	void samplesIndexed() {
		http = new ApiClient(port);
		IngestAwait.untilIdle(context, Duration.ofMinutes(3));
	}

	@Test
	void theSearchPageRendersHitsWithSnippetsAndFacetLinks() {
		HttpResponse<String> page = http.get("/search?q=" + ApiClient.encode("uchodźcami"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		String html = page.body();
		assertThat(html).contains("<html lang=\"pl\"")
			.contains("Gdzie mieszkają uchodźcy? Raport z Wrocławia")
			.contains("<mark>")
			.contains("href=\"/documents/")
			.contains("name=\"f.type\"")
			.contains("wyników");
	}

	@Test
	void theHomePageListsTheLibraryAndTheLanguageCanBeChosen() {
		String english = http.get("/?lang=en").body();
		assertThat(english).contains("<html lang=\"en\"").contains("Search the library").contains("Guideline");
		String ukrainian = http.get("/search?lang=uk&q=" + ApiClient.encode("біженцям")).body();
		assertThat(ukrainian).contains("<html lang=\"uk\"").contains("Пошук у бібліотеці").contains("<mark>");
	}

	/** The search page is written in Java, the other pages by templates: both get the same head, header and footer. */
	@Test
	void theSearchPageAndTheTemplatePagesShareTheirFrame() {
		HttpResponse<String> search = http.get("/search?lang=en&q=refugees");
		assertThat(search.headers().firstValue("Content-Type").orElse("")).isEqualToIgnoringCase("text/html;charset=UTF-8");
		String login = http.get("/login?lang=en").body();
		for (String html : List.of(search.body(), login)) {
			assertThat(html).startsWith("<!DOCTYPE html>")
				.contains("<html lang=\"en\"")
				.contains("<meta charset=\"utf-8\">")
				.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
				.contains("<link rel=\"stylesheet\" href=\"/mosty.css\">")
				.contains("<script src=\"/mosty.js\" defer></script>")
				.contains("<a class=\"skip\" href=\"#main\">")
				.contains("<main id=\"main\" tabindex=\"-1\">")
				.contains("<footer class=\"foot\">")
				.contains("<a href=\"/login?lang=en\">Sign in</a>");
		}
		assertThat(search.body()).contains("<title>refugees · Mosty</title>");
	}

	@Test
	void queryTextIsEscapedInThePage() {
		String html = http.get("/search?q=" + ApiClient.encode("<script>alert(1)</script>")).body();
		assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
	}

	@Test
	void aFacetLinkFiltersTheResults() {
		String html = http.get("/search?f.language=uk").body();
		assertThat(html).containsPattern("name=\"f.language\" value=\"uk\"[^>]*checked");
		assertThat(html).doesNotContain("Gdzie mieszkają uchodźcy?");
	}

	@Test
	void badParametersGiveAPageThatSaysWhatIsWrong() {
		HttpResponse<String> page = http.get("/search?size=1000");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("size: must be between 1 and 100");
		assertThat(http.get("/search?f.nonsense=1").statusCode()).isEqualTo(400);
	}

	@Test
	void theDocumentPageShowsMetadataAndDownload() {
		String list = http.get("/api/search?q=" + ApiClient.encode("mieszkaniami")).body();
		String id = http.json(http.get("/api/search?q=" + ApiClient.encode("mieszkaniami"))).get("hits").get(0)
			.get("id").asString();
		assertThat(list).contains(id);
		HttpResponse<String> page = http.get("/documents/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Gdzie mieszkają uchodźcy? Raport z Wrocławia")
			.contains("/documents/" + id + "/file")
			.contains("polski");
		assertThat(http.get("/documents/" + id + "?lang=uk").body()).contains("<html lang=\"uk\"").contains("польська");
		assertThat(http.get("/documents/01ARZ3NDEKTSV4RRFFQ69G5FAV").statusCode()).isEqualTo(404);
	}

	@Test
	void pdfsHaveAFirstPageThumbnailOtherFormatsNone() {
		String pdf = http.json(http.get("/api/search?q=" + ApiClient.encode("mieszkaniami"))).get("hits").get(0)
			.get("id").asString();
		HttpResponse<byte[]> png = http.getBytes("/api/documents/" + pdf + "/thumbnail");
		assertThat(png.statusCode()).isEqualTo(200);
		assertThat(png.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
		assertThat(new String(png.body(), 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
		// cached in the data folder: the second answer is the same picture
		assertThat(http.getBytes("/documents/" + pdf + "/thumbnail").body()).isEqualTo(png.body());
		assertThat(http.get("/documents/" + pdf).body()).contains("/documents/" + pdf + "/thumbnail");

		String members = http.json(http.get("/api/search?q=tajnowyraz", "admin", "web-admin-password")).get("hits")
			.get(0).get("id").asString();
		assertThat(http.getBytes("/api/documents/" + members + "/thumbnail").statusCode()).isEqualTo(404);
		assertThat(http.getBytes("/api/documents/01ARZ3NDEKTSV4RRFFQ69G5FAV/thumbnail").statusCode()).isEqualTo(404);
	}

	@Test
	void membersDocumentsHaveNoPublicPage() {
		String id = http.json(http.get("/api/search?q=tajnowyraz", "admin", "web-admin-password")).get("hits").get(0)
			.get("id").asString();
		assertThat(http.get("/documents/" + id).statusCode()).isEqualTo(404);
		assertThat(http.get("/search?q=tajnowyraz").body()).doesNotContain(id);
	}

	@Test
	void aTypoOffersTheCorrectedSearchAsALinkKeepingTheFilters() {
		String html = http.get("/search?f.language=pl&q=uchodzcow").body();
		assertThat(html).contains("Czy chodziło o:").contains("uchodźców</a>");
		assertThat(html).containsPattern("href=\"/search\\?f\\.language=pl&amp;q=uchod%C5%BAc%C3%B3w\"");
	}

	@Test
	void aSnippetFromAPagedDocumentSaysItsPage() throws Exception {
		String text = "Pierwsza strona poradnika o dokumentach dla cudzoziemców w urzędzie wojewódzkim.\n\f"
				+ "Druga strona opisuje słowo zzstronatest w kontekście wniosków o pobyt czasowy.\n";
		var metadata = new DocumentMetadata("Poradnik ze stronami", "guideline", AccessLevel.PUBLIC, List.of(), null,
				2025, null, null, null, null, "pl");
		var document = new CatalogueDocument("01PAGEDWEBD0C0000000000000", "paged.pdf", 100, "0".repeat(64),
				"application/pdf", metadata, DocumentStatus.INDEXED, null, null, List.of(), 2, text.length(),
				Instant.now(), Instant.now(), Instant.now(), null);
		var profile = context.getBean(SegmentLanguages.class).profile(text, "pl");
		SolrClient solr = context.getBean(SolrClient.class);
		solr.add(context.getBean(SolrDocumentFactory.class)
			.build(document, new Extraction(text, "application/pdf", 2, List.of()), profile));
		solr.commit();
		assertThat(http.get("/search?q=zzstronatest").body()).contains("<mark>zzstronatest</mark>").contains("s. 2");
		assertThat(http.get("/search?q=zzstronatest&lang=uk").body()).contains("с. 2");
		assertThat(http.get("/search?q=zzstronatest&lang=en").body()).contains("p. 2");
	}

	@Test
	void aMemberSignedInWithTheFormSeesMembersDocumentsUntilSigningOut() {
		assertThat(http.post("/api/admin/users",
				"{\"username\":\"web.member\",\"password\":\"member-password\",\"role\":\"MEMBER\"}", "admin",
				"web-admin-password").statusCode()).isEqualTo(201);
		String id = http.json(http.get("/api/search?q=tajnowyraz", "admin", "web-admin-password")).get("hits").get(0)
			.get("id").asString();
		ApiClient browser = ApiClient.browser(port);
		HttpResponse<String> signedIn = browser.postForm("/login", java.util.Map.of("username", "web.member", "password",
				"member-password", "_csrf", csrf(browser.get("/login").body())));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		assertThat(browser.get("/search?q=tajnowyraz").body()).contains(id);
		assertThat(browser.get("/documents/" + id).statusCode()).isEqualTo(200);

		HttpResponse<String> signedOut = browser.postForm("/logout",
				java.util.Map.of("_csrf", csrf(browser.get("/search").body())));
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(browser.get("/search?q=tajnowyraz").body()).doesNotContain(id);
		assertThat(browser.get("/documents/" + id).statusCode()).isEqualTo(404);
	}

	/** Issue 8: every search page offers its Atom feed; the application serves its OpenAPI document. */
	@Test
	void theSearchPageLinksItsFeedAndTheApiIsDescribed() {
		String html = http.get("/search?q=" + ApiClient.encode("uchodźcy") + "&f.type=report").body();
		String feed = "/feeds/search.atom?q=" + ApiClient.encode("uchodźcy") + "&amp;f.type=report";
		assertThat(html).contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Atom\" href=\"" + feed
				+ "\">");
		assertThat(html).contains("<a href=\"" + feed + "\"");
		HttpResponse<String> atom = http.get("/feeds/search.atom?q=" + ApiClient.encode("uchodźcy") + "&f.type=report");
		assertThat(atom.statusCode()).isEqualTo(200);
		assertThat(atom.body()).contains("<entry");
		HttpResponse<String> docs = http.get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("\"/oai\"").contains("\"/api/search\"").doesNotContain("\"/documents/{id}\"");
	}

	/** A failed file retried from the runs page goes back to PENDING, and the editor lands on the runs page again. */
	@Test
	void retryingAFailedFileFromTheRunsPageComesBackToIt() {
		byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >> broken".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		String id = http.json(http.upload("broken-for-retry.pdf", broken,
				"{\"title\":\"Broken for retry\",\"type\":\"report\",\"access\":\"PUBLIC\"}", "admin",
				"web-admin-password")).get("id").asString();
		IngestAwait.untilIdle(context, Duration.ofMinutes(2));
		assertThat(http.json(http.get("/api/documents/" + id, "admin", "web-admin-password")).get("status").asString())
			.isEqualTo("FAILED");

		ApiClient browser = ApiClient.browser(port);
		browser.postForm("/login", java.util.Map.of("username", "admin", "password", "web-admin-password", "_csrf",
				csrf(browser.get("/login").body())));
		String runs = browser.get("/editor/runs?lang=en").body();
		assertThat(runs).contains("/editor/documents/" + id + "/retry?lang=en&amp;from=runs");
		HttpResponse<String> retried = browser.postForm("/editor/documents/" + id + "/retry?lang=en&from=runs",
				java.util.Map.of("_csrf", csrf(runs)));
		assertThat(retried.statusCode()).isEqualTo(302);
		assertThat(retried.headers().firstValue("Location").orElse("")).endsWith("/editor/runs?lang=en");
		IngestAwait.untilIdle(context, Duration.ofMinutes(2));
		assertThat(http.json(http.get("/api/audit?documentId=" + id, "admin", "web-admin-password")).toString())
			.contains("retry");
	}

	private static String csrf(String html) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
			.matcher(html);
		if (!matcher.find()) {
			// pages without a form: the login page always has one
			throw new AssertionError("no CSRF token in the page");
		}
		return matcher.group(1);
	}
}
