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
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.ExtractionReport;
import org.mosty.indexer.catalogue.IngestClaim;
import org.mosty.indexer.catalogue.FailureCategory;
import org.mosty.indexer.extraction.Extraction;
import org.mosty.indexer.ingest.SolrDocumentFactory;
import org.mosty.indexer.language.SegmentLanguages;
import org.mosty.testing.ApiClient;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.TestDataDirs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.standard.expression.StandardExpressions;

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
			.containsPattern("<p class=\"total\"[^>]*>\\d+ wynik(i|ów)?</p>");
	}

	/**
	 * The pages' plain paths ({@code ${hit.title}}) are read from the view records directly, not through
	 * Spring EL: the application's template engine is the one {@code TemplateEngineSettings} adjusts.
	 */
	@Test
	void theTemplatesReadTheViewRecordsDirectly() {
		SpringTemplateEngine engine = context.getBean(SpringTemplateEngine.class);
		assertThat(StandardExpressions.getVariableExpressionEvaluator(engine.getConfiguration()).getClass().getSimpleName())
			.isEqualTo("ViewPathEvaluator");
	}

	/**
	 * Issue 20, one citation writer: the document page's "cite" box holds exactly what the citation
	 * API gives for the document, in BibTeX and in RIS (same writer, same permalink).
	 */
	@Test
	void theCiteBoxIsTheCitationApisEntry() {
		String id = http.json(http.get("/api/search?q=" + ApiClient.encode("uchodźcami"))).get("hits").get(0).get("id").asText();
		String page = http.get("/documents/" + id + "?lang=en").body();
		for (String format : List.of("bibtex", "ris")) {
			HttpResponse<String> citation = http.get("/api/documents/" + id + "/citation?format=" + format);
			assertThat(citation.statusCode()).isEqualTo(200);
			assertThat(citation.body()).contains(id, "/documents/" + id);
			assertThat(page).as(format).contains(HtmlUtils.htmlEscape(citation.body(), "UTF-8"));
		}
	}

	/** Issue 17: a hit in another language says, in the interface language, which words it matched through translation. */
	@Test
	void aHitInAnotherLanguageShowsWhichWordsItMatchedThroughTranslation() {
		String html = http.get("/search?q=" + ApiClient.encode("gwarancja czynszu") + "&lang=pl").body();
		assertThat(html).contains("Housing Options for Displaced Families in Lublin")
			.contains("<p class=\"gloss\"><span class=\"glosslabel\">Znaleziono przez tłumaczenie:</span>")
			.contains("<span lang=\"en\">rent</span> = <span>czynszu</span>");
		String ukrainian = http.get("/search?q=" + ApiClient.encode("гарантія орендної плати") + "&lang=uk").body();
		assertThat(ukrainian).contains("Знайдено через переклад:").contains("<span lang=\"en\">rent</span> = <span>");
	}

	@Test
	void theHomePageListsTheLibraryAndTheLanguageCanBeChosen() {
		String english = http.get("/?lang=en").body();
		assertThat(english).contains("<html lang=\"en\"").contains("Search the library").contains("Guideline");
		String ukrainian = http.get("/search?lang=uk&q=" + ApiClient.encode("біженцям")).body();
		assertThat(ukrainian).contains("<html lang=\"uk\"").contains("Пошук у бібліотеці").contains("<mark>");
	}

	/** The search page and the other pages are templates of one layout: the same head, header and footer. */
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

	/**
	 * Issue 19, language versions in the pages: an editor links a translation from the document's
	 * page (by pasting its address), readers see "also in" on the document and on its hit, each
	 * version named in its own language; a bad link shows the page again with the problem.
	 */
	@Test
	void anEditorLinksALanguageVersionAndReadersSeeIt() {
		String polish = http.json(http.get("/api/search?q=" + ApiClient.encode("ochrona czasowa poradnik") + "&f.language=pl"))
			.get("hits").get(0).get("id").asText();
		String ukrainian = http.json(http.get("/api/search?q=" + ApiClient.encode("тимчасовий захист") + "&f.language=uk"))
			.get("hits").get(0).get("id").asText();
		WebSession editor = WebSession.signedIn(port, "admin", "web-admin-password");
		String page = editor.get("/documents/" + polish + "?lang=pl").body();
		assertThat(page).contains("name=\"other\"");

		HttpResponse<String> self = editor.postForm("/editor/documents/" + polish + "/translations?lang=pl",
				java.util.Map.of("_csrf", WebSession.csrf(page), "other", polish));
		assertThat(self.statusCode()).isEqualTo(400);
		assertThat(self.body()).contains("nie może być wersją językową samego siebie");
		HttpResponse<String> unknown = editor.postForm("/editor/documents/" + polish + "/translations?lang=pl",
				java.util.Map.of("_csrf", WebSession.csrf(page), "other", "01ARZ3NDEKTSV4RRFFQ69G5FAV"));
		assertThat(unknown.statusCode()).isEqualTo(404);

		HttpResponse<String> linked = editor.postForm("/editor/documents/" + polish + "/translations?lang=pl",
				java.util.Map.of("_csrf", WebSession.csrf(page), "other", "http://localhost/documents/" + ukrainian + "?lang=uk"));
		assertThat(linked.statusCode()).isEqualTo(302);
		try {
			String reader = http.get("/documents/" + polish + "?lang=en").body();
			assertThat(reader).contains("<p class=\"versions\"><span>Also in:</span> <a href=\"/documents/" + ukrainian
					+ "?lang=en\" lang=\"uk\" hreflang=\"uk\">українська</a></p>");
			assertThat(http.get("/documents/" + ukrainian + "?lang=uk").body()).contains("Також є:")
				.contains("href=\"/documents/" + polish + "?lang=uk\" lang=\"pl\" hreflang=\"pl\">polski</a>");
			String hits = http.get("/search?q=" + ApiClient.encode("ochrona czasowa poradnik") + "&lang=pl").body();
			assertThat(hits).contains("<span>Także w:</span> <a href=\"/documents/" + ukrainian + "?lang=pl\"");
		}
		finally {
			String again = editor.get("/documents/" + polish + "?lang=pl").body();
			assertThat(editor.postForm("/editor/documents/" + polish + "/translations/leave?lang=pl",
					java.util.Map.of("_csrf", WebSession.csrf(again))).statusCode()).isEqualTo(302);
		}
		assertThat(http.get("/documents/" + polish + "?lang=en").body()).doesNotContain("class=\"versions\"");
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
	void badParametersGiveAPageThatSaysWhatIsWrongInItsLanguage() {
		HttpResponse<String> page = http.get("/search?size=1000");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("<p class=\"alert\" role=\"alert\">Liczba wyników na stronie: musi być liczbą od 1 do 100</p>");
		assertThat(http.get("/search?size=1000&lang=uk").body())
			.contains("Кількість результатів на сторінці: має бути числом від 1 до 100");
		assertThat(http.get("/search?size=1000&lang=en").body()).contains("Results per page: must be a number from 1 to 100");
		HttpResponse<String> unknownFilter = http.get("/search?f.nonsense=1&lang=uk");
		assertThat(unknownFilter.statusCode()).isEqualTo(400);
		assertThat(unknownFilter.body()).contains("f.nonsense: невідомий фільтр").doesNotContain("unknown facet");
		assertThat(http.get("/search?year.from=2024&year.to=2020").body())
			.contains("Rok od: rok początkowy nie może być późniejszy niż końcowy");
	}

	/** The count of results takes the noun's form for its number (CLDR: pl and uk one/few/many, en one/other). */
	@Test
	void theResultCountTakesThePluralFormOfItsNumber() {
		for (String q : List.of("uchodźcy", "mieszkaniami", "zzniematakiegoslowa")) {
			long total = http.json(http.get("/api/search?q=" + ApiClient.encode(q))).get("total").asLong();
			assertThat(total(http.get("/search?lang=pl&q=" + ApiClient.encode(q)).body()))
				.isEqualTo(total + " " + slavic(total, "wynik", "wyniki", "wyników", false));
			assertThat(total(http.get("/search?lang=uk&q=" + ApiClient.encode(q)).body()))
				.isEqualTo(total + " " + slavic(total, "результат", "результати", "результатів", true));
			assertThat(total(http.get("/search?lang=en&q=" + ApiClient.encode(q)).body()))
				.isEqualTo(total + (total == 1 ? " result" : " results"));
		}
	}

	private static String total(String html) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("<p class=\"total\"[^>]*>([^<]*)</p>").matcher(html);
		assertThat(matcher.find()).as("the result count").isTrue();
		return matcher.group(1);
	}

	/** Polish and Ukrainian plural of whole numbers (Ukrainian: 21, 31… take the singular). */
	private static String slavic(long n, String one, String few, String many, boolean ukrainian) {
		if (ukrainian ? n % 10 == 1 && n % 100 != 11 : n == 1) {
			return one;
		}
		return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? few : many;
	}

	/**
	 * Errors of HTML pages are pages in the reader's language, with the status; the API keeps
	 * answering problem+json (even to a browser).
	 */
	@Test
	void unknownAndForbiddenPagesAreLocalizedErrorPagesWhileTheApiAnswersProblemJson() {
		WebSession anonymous = new WebSession(port);
		for (String[] expected : List.of(new String[] { "pl", "Nie ma takiej strony", "Kod błędu: 404" },
				new String[] { "uk", "Такої сторінки немає", "Код помилки: 404" },
				new String[] { "en", "Page not found", "Error code: 404" })) {
			HttpResponse<String> page = anonymous.get("/no-such-page/here?lang=" + expected[0]);
			assertThat(page.statusCode()).isEqualTo(404);
			assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
			assertThat(page.body()).contains("<html lang=\"" + expected[0] + "\"")
				.contains("<h1>" + expected[1] + "</h1>")
				.contains(expected[2])
				.contains("href=\"/search?lang=" + expected[0] + "\"")
				.contains("<a class=\"skip\" href=\"#main\">")
				.contains("hreflang=\"uk\"")
				.doesNotContain("Whitelabel");
		}
		HttpResponse<String> api = anonymous.get("/api/no-such-endpoint");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

		assertThat(http.post("/api/admin/users",
				"{\"username\":\"web.error.member\",\"password\":\"member-password\",\"role\":\"MEMBER\"}", "admin",
				"web-admin-password").statusCode()).isEqualTo(201);
		WebSession member = WebSession.signedIn(port, "web.error.member", "member-password");
		HttpResponse<String> forbidden = member.get("/editor?lang=uk");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(forbidden.body()).contains("<html lang=\"uk\"")
			.contains("<h1>Доступ заборонено</h1>")
			.contains("Код помилки: 403")
			.contains("href=\"/login?lang=uk\"")
			.contains("web.error.member");
		assertThat(member.get("/editor/upload?lang=en").body()).contains("<h1>Access denied</h1>");
		HttpResponse<String> apiForbidden = http.get("/api/documents", "web.error.member", "member-password");
		assertThat(apiForbidden.statusCode()).isEqualTo(403);
		assertThat(apiForbidden.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	/**
	 * The editors' box tells how the text was extracted (OCR and its pages, duration, warnings,
	 * failure category) in the page's language; readers see none of it, but the download with the
	 * file's format and size.
	 */
	@Test
	void editorsSeeTheExtractionReportReadersDoNot() {
		String id = uploadText("ocr-facts.txt", "Skan ulotki zzocrfakty o pomocy prawnej dla osób uchodźczych w Polsce.");
		Catalogue catalogue = context.getBean(Catalogue.class);
		String text = catalogue.text(id).orElseThrow();
		// the document as a worker would hold it again, to record the report of an OCR extraction
		IngestClaim claim = new IngestClaim(id, catalogue.findById(id).orElseThrow().sha256(), "web-test");
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		String holdClaim = "update document set status = 'PENDING', claimed_by = 'web-test' where id = :id";
		jdbc.sql(holdClaim).param("id", id).update();
		catalogue.markIndexed(claim, "pl", List.of("pl"), text, new ExtractionReport(3, text.length(), true, 3,
				List.of("some embedded parts could not be read", "partly unreadable: Bad font dictionary"), 1340, null,
				null));
		WebSession editor = WebSession.signedIn(port, "admin", "web-admin-password");
		assertThat(editor.get("/documents/" + id + "?lang=pl").body()).contains("OCR (tekst ze skanów)")
			.contains("<dd class=\"ocr\">3 strony</dd>")
			.contains("<dd class=\"duration\">1,3 sek.</dd>")
			.contains("nie udało się odczytać niektórych osadzonych części")
			.contains("<span>część pliku jest nieczytelna</span>: <span lang=\"en\">Bad font dictionary</span>");
		assertThat(editor.get("/documents/" + id + "?lang=uk").body()).contains("<dd class=\"ocr\">3 сторінки</dd>")
			.contains("<dd class=\"duration\">1,3 с</dd>")
			.contains("Попередження");
		assertThat(editor.get("/documents/" + id + "?lang=en").body()).contains("<dd class=\"ocr\">3 pages</dd>")
			.contains("Extraction time");

		HttpResponse<String> reader = http.get("/documents/" + id);
		assertThat(reader.statusCode()).isEqualTo(200);
		assertThat(reader.body()).doesNotContain("OCR")
			.doesNotContain("3 strony")
			.doesNotContain("1,3 sek.")
			.doesNotContain("Bad font dictionary")
			.doesNotContain("osadzonych")
			.containsPattern("class=\"button download\"[^>]*>\\s*<span>Pobierz</span>\\s*<span>TXT, \\d+ B</span>");

		jdbc.sql(holdClaim).param("id", id).update();
		catalogue.markFailed(claim, ExtractionReport.failed(FailureCategory.PASSWORD_PROTECTED,
				"the file is encrypted or needs a password, its text cannot be read", 850, List.of()));
		assertThat(editor.get("/documents/" + id + "?lang=pl").body()).contains("Rodzaj błędu")
			.contains("plik chroniony hasłem lub zaszyfrowany")
			.contains("<dd class=\"duration\">850 ms</dd>")
			.contains("<dd class=\"failure\" lang=\"en\">the file is encrypted");
		assertThat(editor.get("/documents/" + id + "?lang=uk").body()).contains("файл захищено паролем або зашифровано");
		assertThat(http.get("/documents/" + id).body()).doesNotContain("hasłem").doesNotContain("encrypted");
	}

	/**
	 * A file Mosty does not take in, or metadata that does not pass, shows the upload form again in
	 * the page's language with the fields as sent; a new version with the bytes of the current one
	 * shows the document page again (409).
	 */
	@Test
	void rejectedUploadsShowTheFormAgainWithTheProblemInThePageLanguage() {
		WebSession editor = WebSession.signedIn(port, "admin", "web-admin-password");
		byte[] png = java.util.Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
		for (String[] expected : List.of(new String[] { "pl", "Plik „photo.png” ma typ, którego Mosty nie przyjmuje (image/png)" },
				new String[] { "uk", "Файл «photo.png» має тип, якого Мости не приймають (image/png)" },
				new String[] { "en", "The file &quot;photo.png&quot; is of a type Mosty does not take in (image/png)" })) {
			String form = editor.get("/editor/upload?lang=" + expected[0]).body();
			HttpResponse<String> rejected = editor.postMultipart("/editor/upload?lang=" + expected[0],
					java.util.Map.of("_csrf", WebSession.csrf(form), "title", "Zdjęcie <b>zamiast</b> raportu", "type",
							"report", "access", "PUBLIC", "organization", "Fundacja Zzodrzucone"),
					"files", "photo.png", png);
			assertThat(rejected.statusCode()).isEqualTo(415);
			assertThat(rejected.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
			assertThat(rejected.body()).contains("<html lang=\"" + expected[0] + "\"")
				.contains("role=\"alert\"")
				.contains(expected[1])
				.contains("value=\"Zdjęcie &lt;b&gt;zamiast&lt;/b&gt; raportu\"")
				.contains("value=\"Fundacja Zzodrzucone\"")
				.doesNotContain("application/problem+json");
		}
		assertThat(context.getBean(Catalogue.class).list(null, 0, 1000).stream()
			.filter(doc -> "photo.png".equals(doc.fileName()))).isEmpty();

		// metadata the rules refuse: 400, each problem in the page's language
		String form = editor.get("/editor/upload?lang=uk").body();
		HttpResponse<String> invalid = editor.postMultipart("/editor/upload?lang=uk",
				java.util.Map.of("_csrf", WebSession.csrf(form), "title", "Звіт", "type", "report", "access", "PUBLIC",
						"year", "1800", "region", "marsjańskie", "sourceUrl", "ftp://example.org/x"),
				"files", "zvit.txt", "Звіт про житло для біженців.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("Рік: щонайменше 1900")
			.contains("Регіон: виберіть воєводство зі списку або всю Польщу")
			.contains("Джерело: має бути адресою http або https")
			.contains("value=\"ftp://example.org/x\"")
			.doesNotContain("must be");

		// a new version with the same bytes: the document page again, 409, in the page's language
		String content = "Ulotka zzwersja o poradach prawnych dla osób uchodźczych w Polsce.";
		String id = uploadText("version-same.txt", content);
		String page = editor.get("/documents/" + id + "?lang=uk").body();
		HttpResponse<String> same = editor.postMultipart("/editor/documents/" + id + "/version?lang=uk",
				java.util.Map.of("_csrf", WebSession.csrf(page)), "file", "version-same.txt",
				content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(same.statusCode()).isEqualTo(409);
		assertThat(same.body()).contains("<html lang=\"uk\"")
			.contains("<p class=\"alert\" role=\"alert\">Новий файл ідентичний поточній версії; нічого не змінено.</p>")
			.contains(">Ulotka wersja</h1>")
			.doesNotContain("sha256");
		HttpResponse<String> picture = editor.postMultipart("/editor/documents/" + id + "/version?lang=en",
				java.util.Map.of("_csrf", WebSession.csrf(page)), "file", "photo.png", png);
		assertThat(picture.statusCode()).isEqualTo(415);
		assertThat(picture.body()).contains("The file &quot;photo.png&quot; is of a type Mosty does not take in");
	}

	/** A small public text document uploaded through the API, ingested. */
	private String uploadText(String fileName, String content) {
		String id = http.json(http.upload(fileName, content.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				"{\"title\":\"Ulotka wersja\",\"type\":\"leaflet\",\"access\":\"PUBLIC\",\"language\":\"pl\"}",
				"admin", "web-admin-password")).get("id").asString();
		IngestAwait.untilIdle(context, Duration.ofMinutes(2));
		return id;
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

	/**
	 * Issue 19, the document read in place: a snippet's page links to the reading view of that page,
	 * which shows the page's text with the matched words marked (inflected forms included), the
	 * pages with matches, a pager, and for a PDF the viewer's data (file, page, words). Bad pages are
	 * 400s that say which; a document the reader may not see is 404; the file answers range requests.
	 */
	@Test
	void aSnippetsPageOpensTheReadingViewWithTheWordsMarked() throws Exception {
		String id = http.json(http.upload("three-pages.pdf", TestPdfs.pages("Nothing on this page but words about the weather and the sea.",
				"The housing zzkiosk opens at nine. Zzkiosk staff speak three languages.",
				"Last page: the zzkiosk is closed on Sundays."), "{\"title\":\"Three pages\",\"type\":\"report\","
				+ "\"access\":\"PUBLIC\",\"language\":\"en\"}", "admin", "web-admin-password")).get("id").asString();
		IngestAwait.untilIdle(context, Duration.ofMinutes(2));
		context.getBean(org.mosty.indexer.index.SolrIndex.class).commit();
		String results = http.get("/search?q=zzkiosk&lang=en").body();
		java.util.regex.Matcher link = java.util.regex.Pattern
			.compile("<a class=\"page\" href=\"(/documents/" + id + "/read\\?q=zzkiosk&amp;page=(\\d+)&amp;lang=en)\">p\\. (\\d+)</a>")
			.matcher(results);
		assertThat(link.find()).as("a snippet's page links to the reading view").isTrue();
		assertThat(link.group(2)).isEqualTo("2").isEqualTo(link.group(3));
		HttpResponse<String> read = http.get(HtmlUtils.htmlUnescape(link.group(1)));
		assertThat(read.statusCode()).isEqualTo(200);
		String html = read.body();
		assertThat(html).contains("id=\"pdf-view\"").contains("data-file=\"/documents/" + id + "/file\"")
			.contains("data-page=\"2\"")
			.contains("data-terms=\"[&quot;zzkiosk&quot;]\"")
			.contains("<mark>zzkiosk</mark>")
			.contains("<mark>Zzkiosk</mark>")
			.doesNotContain("Nothing on this page")
			.contains("src=\"/reader.js\"")
			.contains("<span class=\"current\" aria-current=\"page\">p. 2 (2)</span>")
			.contains("<a href=\"/documents/" + id + "/read?q=zzkiosk&amp;page=3&amp;lang=en\">p. 3 (1)</a>")
			.contains("rel=\"prev\"").contains("rel=\"next\"")
			.contains("3 matches (pages: 2)");

		// the same for any viewer, through the API: the words to mark and the pages where they stand
		String matches = http.get("/api/documents/" + id + "/matches?q=zzkiosk&lang=en").body();
		assertThat(matches).contains("\"terms\":[\"zzkiosk\"]").contains("\"pageCount\":3")
			.contains("\"pages\":[{\"page\":2,\"matches\":2},{\"page\":3,\"matches\":1}]");

		// a page out of range or not a number: 400 with the reason, in the reader's language
		HttpResponse<String> beyond = http.get("/documents/" + id + "/read?page=9&lang=en");
		assertThat(beyond.statusCode()).isEqualTo(400);
		assertThat(beyond.body()).contains("role=\"alert\"").contains("Back to the document");
		assertThat(http.get("/documents/" + id + "/read?page=abc").statusCode()).isEqualTo(400);
		// without words: page 1, nothing marked
		String plain = http.get("/documents/" + id + "/read?lang=en").body();
		assertThat(plain).doesNotContain("<mark>").contains("data-page=\"1\"").contains("Nothing on this page but words");

		// a format without pages: the text as pages of its own, no PDF viewer
		String docx = http.json(http.get("/api/search?q=" + ApiClient.encode("kawiarenka językowa"))).get("hits").get(0)
			.get("id").asString();
		String text = http.get("/documents/" + docx + "/read?q=" + ApiClient.encode("kawiarenka")).body();
		assertThat(text).doesNotContain("id=\"pdf-view\"").containsPattern("<mark>[Kk]awiarenk\\p{L}*</mark>");

		// PDF.js reads ranges: the file answers Range with 206 and those bytes
		HttpResponse<byte[]> range = http.getBytesWithHeader("/documents/" + id + "/file", "Range", "bytes=0-99");
		assertThat(range.statusCode()).isEqualTo(206);
		assertThat(range.body()).hasSize(100);
		assertThat(range.headers().firstValue("Content-Range").orElse("")).startsWith("bytes 0-99/");
		assertThat(new String(range.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		String members = http.json(http.get("/api/search?q=tajnowyraz", "admin", "web-admin-password")).get("hits")
			.get(0).get("id").asString();
		assertThat(http.get("/documents/" + members + "/read?q=tajnowyraz").statusCode()).isEqualTo(404);
	}

	/**
	 * Issue 19: an editor's document page suggests a document in another language that shares a
	 * telephone number and an address, with a button to link it and one to dismiss it; dismissed,
	 * it is not suggested again. Readers never see suggestions.
	 */
	@Test
	void theDocumentPageSuggestsLanguageVersionsToEditors() {
		String polish = http.json(http.upload("punkt-pl.txt", ("Punkt informacyjny\n\nZadzwoń: +48 22 309 99 00, "
				+ "https://www.example.gov.pl/punkty-ua/ - punkt informacyjny dla osób z Ukrainy.").getBytes(
						java.nio.charset.StandardCharsets.UTF_8),
				"{\"title\":\"Punkt informacyjny\",\"type\":\"guideline\",\"access\":\"PUBLIC\"}", "admin",
				"web-admin-password")).get("id").asString();
		String ukrainian = http.json(http.upload("punkt-uk.txt", ("Інформаційний пункт\n\nТелефонуйте: +48 223 099 900, "
				+ "https://example.gov.pl/punkty-ua - інформаційний пункт для людей з України.").getBytes(
						java.nio.charset.StandardCharsets.UTF_8),
				"{\"title\":\"Інформаційний пункт\",\"type\":\"guideline\",\"access\":\"PUBLIC\"}", "admin",
				"web-admin-password")).get("id").asString();
		IngestAwait.untilIdle(context, Duration.ofMinutes(2));
		WebSession editor = WebSession.signedIn(port, "admin", "web-admin-password");
		String page = editor.get("/documents/" + polish + "?lang=en").body();
		assertThat(page).contains("Perhaps a language version of this document")
			.contains("href=\"/documents/" + ukrainian + "?lang=en\"")
			.contains("shared: 48223099900, example.gov.pl/punkty")
			.contains("action=\"/editor/documents/" + polish + "/translations/dismiss?lang=en\"");
		assertThat(http.get("/documents/" + polish + "?lang=en").body()).doesNotContain("Perhaps a language version");

		HttpResponse<String> dismissed = editor.postForm("/editor/documents/" + polish + "/translations/dismiss?lang=en",
				java.util.Map.of("other", ukrainian, "_csrf", WebSession.csrf(page)));
		assertThat(dismissed.statusCode()).isEqualTo(302);
		assertThat(editor.get("/documents/" + polish + "?lang=en").body()).doesNotContain("Perhaps a language version");
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
		return WebSession.csrf(html);
	}
}
