package org.mosty.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mosty.testing.ApiClient;
import org.mosty.testing.Corpus;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.Required;
import org.mosty.testing.TestDataDirs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The UI in a real browser: Debian's Chromium driven by Playwright (never a downloaded browser),
 * against the whole application with the sample library. One application and one browser for the
 * class; each test gets a fresh browser context (no shared cookies). Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "mosty.security.bcrypt-strength=4")
class BrowserIntegrationTests {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	static final String ADMIN_PASSWORD = "browser-admin-password";

	static Playwright playwright;

	static Browser browser;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("web-browser"));
		registry.add("mosty.admin.password", () -> ADMIN_PASSWORD);
	}

	@BeforeAll
	static void launch() throws Exception {
		Required.that(Files.isExecutable(CHROMIUM),
				"Browser tests skipped: /usr/bin/chromium is not installed (Debian package chromium)");
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	BrowserContext tab;

	Page page;

	@BeforeEach
	void open() {
		IngestAwait.untilIdle(context, Duration.ofMinutes(3));
		tab = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true)
			.setLocale("pl-PL")
			.setViewportSize(1200, 900));
		tab.setDefaultTimeout(20_000);
		page = tab.newPage();
	}

	@AfterEach
	void closeTab() {
		if (tab != null) {
			tab.close();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void searchFilterByAFacetRemoveTheChipOpenADocumentAndDownloadIt() {
		page.navigate(url("/search?q=" + ApiClient.encode("uchodźcy")));
		assertThat(page.locator("html")).hasAttribute("lang", "pl");
		String total = page.locator(".total").textContent();
		screenshot("search");
		// the first screen only, for the README (docs/images/search.png)
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search-first-screen.png")));

		// a facet click: the language checkbox applies at once
		page.locator("input[name='f.language'][value='pl']").check();
		page.waitForURL(Pattern.compile(".*f\\.language=pl.*"));
		assertThat(page.locator(".chip")).hasCount(1);
		assertThat(page.locator("input[name='f.language'][value='pl']")).isChecked();
		assertThat(page.locator(".hit-list .badge").first()).containsText("PL");
		screenshot("search-filtered");

		// the chip removes the filter
		page.locator(".chip").first().click();
		page.waitForURL(url -> !url.contains("f.language"));
		assertThat(page.locator(".chip")).hasCount(0);
		assertThat(page.locator(".total")).hasText(total);

		// a hit's page, then its file
		page.locator(".hit h3 a").first().click();
		page.waitForURL(Pattern.compile(".*/documents/[0-9A-Z]{26}.*"));
		assertThat(page.locator("h1")).isVisible();
		assertThat(page.locator(".cite pre").first()).containsText("@");
		screenshot("document");
		Download download = page.waitForDownload(() -> page.locator("a.download").click());
		assertThat(download.suggestedFilename()).isNotBlank();
		assertThat(download.failure()).isNull();
		assertThat(download.path().toFile().length()).isPositive();
	}

	@Test
	void theLanguageSwitchKeepsTheSearchAndIsRemembered() {
		page.navigate(url("/search?q=" + ApiClient.encode("ochrona") + "&f.language=pl"));
		page.locator("nav.langs a[hreflang='uk']").click();
		page.waitForURL(Pattern.compile(".*lang=uk.*"));
		assertThat(page.locator("html")).hasAttribute("lang", "uk");
		assertThat(page.locator("label[for='q']")).hasText("Пошук у бібліотеці");
		assertThat(page.locator("#q")).hasValue("ochrona");
		assertThat(page.locator("input[name='f.language'][value='pl']")).isChecked();
		assertThat(page.locator(".chip")).containsText("польська");
		screenshot("search-uk");

		page.locator("nav.langs a[hreflang='en']").click();
		page.waitForURL(Pattern.compile(".*lang=en.*"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("label[for='q']")).hasText("Search the library");
		assertThat(page.locator(".chip")).containsText("Polish");

		// remembered in a cookie: a page without ?lang stays English
		page.navigate(url("/"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
	}

	@Test
	void anEditorSignsInUploadsAFileAndFindsItInTheSearch() {
		page.navigate(url("/editor/upload"));
		page.waitForURL(Pattern.compile(".*/login.*"));
		assertThat(page.locator("h1")).hasText("Logowanie");
		screenshot("login");
		signIn("admin", ADMIN_PASSWORD);
		page.waitForURL(Pattern.compile(".*/editor/upload.*"));
		assertThat(page.locator(".role")).hasText("administrator");
		screenshot("upload");

		String text = "Poradnik o słowie zzprzegladarka dla osób uchodźczych w Polsce. Opisuje, jak złożyć wniosek "
				+ "o pobyt czasowy w urzędzie wojewódzkim i jakie dokumenty przygotować.";
		page.setInputFiles("#files",
				new FilePayload("poradnik-przegladarka.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)));
		page.fill("#title", "Poradnik z przeglądarki");
		page.selectOption("#type", "guideline");
		page.selectOption("#access", "PUBLIC");
		page.selectOption("#region", "mazowieckie");
		page.locator("#upload-submit, form.meta-form button[type=submit]").first().click();
		page.waitForURL(Pattern.compile(".*/documents/[0-9A-Z]{26}.*uploaded=1.*"));
		assertThat(page.locator("h1")).hasText("Poradnik z przeglądarki");

		// searchable within seconds; the document page then shows the detected language to confirm
		boolean found = false;
		for (int attempt = 0; attempt < 60 && !found; attempt++) {
			page.navigate(url("/search?q=zzprzegladarka"));
			found = page.locator(".hit h3 a").count() > 0;
			if (!found) {
				page.waitForTimeout(500);
			}
		}
		assertThat(found).as("the uploaded document appears in the search").isTrue();
		assertThat(page.locator(".hit h3 a").first()).hasText("Poradnik z przeglądarki");
		page.locator(".hit h3 a").first().click();
		assertThat(page.locator("#lang-h")).isVisible();
		assertThat(page.locator(".editor-box").first()).containsText("polski");
	}

	@Test
	void anEditorUploadsSeveralFilesAtOnceThenEditsOne() {
		page.navigate(url("/login?lang=en"));
		signIn("admin", ADMIN_PASSWORD);
		page.navigate(url("/editor/upload"));
		assertThat(page.locator("h1")).hasText("Add publications");
		page.setInputFiles("#files", new FilePayload[] {
				new FilePayload("bulk-one.txt", "text/plain",
						"The first leaflet zzbulkone about legal advice for refugees.".getBytes(StandardCharsets.UTF_8)),
				new FilePayload("bulk-two.txt", "text/plain",
						"The second leaflet zzbulktwo about housing for refugees.".getBytes(StandardCharsets.UTF_8)) });
		page.selectOption("#type", "leaflet");
		page.selectOption("#access", "MEMBERS");
		page.locator("form.meta-form button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/editor/runs.*"));
		assertThat(page.locator(".note")).containsText("2");
		// HTMX (served by Mosty) refreshes the progress part by itself
		Response progress = page.waitForResponse(response -> response.url().contains("/editor/runs/progress"),
				() -> { });
		assertThat(progress.status()).isEqualTo(200);
		assertThat(page.locator("#progress table.grid").first()).containsText("processing new files");

		page.navigate(url("/editor"));
		assertThat(page.locator("table.grid")).containsText("bulk-one");
		page.locator("table.grid a", new Page.LocatorOptions().setHasText("bulk-two")).click();
		page.waitForURL(Pattern.compile(".*/documents/[0-9A-Z]{26}.*"));
		screenshot("document-editor");
		page.locator("a.button", new Page.LocatorOptions().setHasText("Edit metadata")).click();
		assertThat(page.locator("#access")).hasValue("MEMBERS");
		page.fill("#title", "Second leaflet, edited");
		page.locator("form.meta-form button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/documents/[0-9A-Z]{26}.*saved=1.*"));
		assertThat(page.locator("h1")).hasText("Second leaflet, edited");
	}

	@Test
	void anonymousReadersCannotSeeAMembersDocument() {
		ApiClient http = new ApiClient(port);
		String id = http.json(http.get("/api/search?q=tajnowyraz", "admin", ADMIN_PASSWORD)).get("hits").get(0)
			.get("id").asString();
		Response response = page.navigate(url("/documents/" + id));
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("h1")).hasText("Nie ma takiego dokumentu");
		page.navigate(url("/search?q=tajnowyraz"));
		assertThat(page.locator(".hit")).hasCount(0);
		assertThat(page.content()).doesNotContain(id);
		assertThat(page.navigate(url("/documents/" + id + "/file")).status()).isEqualTo(404);
		assertThat(page.navigate(url("/api/documents/" + id + "/thumbnail")).status()).isEqualTo(404);
	}

	/** Issue 19: an editor links a document's Ukrainian version on its page; "also in" leads there and back. */
	@Test
	void anEditorLinksALanguageVersionAndAlsoInLeadsToIt() {
		ApiClient http = new ApiClient(port);
		String polish = http.json(http.get("/api/search?q=" + ApiClient.encode("ochrona czasowa poradnik") + "&f.language=pl"))
			.get("hits").get(0).get("id").asString();
		String ukrainian = http.json(http.get("/api/search?q=" + ApiClient.encode("тимчасовий захист") + "&f.language=uk"))
			.get("hits").get(0).get("id").asString();
		page.navigate(url("/login?lang=pl"));
		signIn("admin", ADMIN_PASSWORD);
		page.navigate(url("/documents/" + polish + "?lang=pl"));
		page.fill("#version-of", url("/documents/" + ukrainian));
		page.locator("form:has(#version-of) button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*saved=1.*"));
		try {
			assertThat(page.locator("p.versions a[hreflang='uk']")).hasText("українська");
			assertNoSeriousViolations("document-versions");
			page.locator("p.versions a[hreflang='uk']").click();
			page.waitForURL(Pattern.compile(".*/documents/" + ukrainian + ".*"));
			assertThat(page.locator("h1")).hasAttribute("lang", "uk");
			page.navigate(url("/search?q=" + ApiClient.encode("ochrona czasowa poradnik")));
			assertThat(page.locator(".hit p.versions a[hreflang='uk']").first()).isVisible();
		}
		finally {
			page.navigate(url("/documents/" + polish + "?lang=pl"));
			page.locator("form[action*='/translations/leave'] button").click();
			page.waitForURL(Pattern.compile(".*saved=1.*"));
		}
		assertThat(page.locator("p.versions")).hasCount(0);
	}

	/**
	 * Issue 19: a signed-in user saves a search from the results page, finds it on the saved-searches
	 * page with its private feed, switches its alerts to weekly and deletes it; the pages, and the
	 * unsubscribe page of a link that is not valid, pass axe.
	 */
	@Test
	void aUserSavesASearchFromTheResultsAndManagesItsAlerts() {
		page.navigate(url("/login?lang=en"));
		signIn("admin", ADMIN_PASSWORD);
		page.navigate(url("/search?q=" + ApiClient.encode("ochrona czasowa") + "&lang=en"));
		assertNoSeriousViolations("search-signed-in");
		page.fill("#save-name", "Temporary protection");
		page.selectOption("#save-frequency", "daily");
		page.locator("form.save-search button[type=submit]").click();
		page.waitForURL(Pattern.compile(".*/me/searches.*saved=1.*"));
		Locator saved = page.locator(".saved-list li", new Page.LocatorOptions().setHasText("Temporary protection"));
		assertThat(saved).hasCount(1);
		assertThat(saved.locator("a[href*='/feeds/saved/']")).isVisible();
		assertNoSeriousViolations("saved-searches");
		screenshot("saved-searches");
		saved.locator("select").selectOption("weekly");
		saved.locator("form:has(select) button").click();
		page.waitForURL(Pattern.compile(".*changed=1.*"));
		assertThat(page.locator(".saved-list li", new Page.LocatorOptions().setHasText("Temporary protection"))
			.locator("select")).hasValue("weekly");
		page.locator(".saved-list li", new Page.LocatorOptions().setHasText("Temporary protection"))
			.locator("form[action$='/delete'] button")
			.click();
		page.waitForURL(Pattern.compile(".*deleted=1.*"));
		assertThat(page.locator(".saved-list li", new Page.LocatorOptions().setHasText("Temporary protection")))
			.hasCount(0);
		page.setViewportSize(360, 740);
		page.navigate(url("/me/searches?lang=uk"));
		screenshot("saved-searches-mobile");
		Response invalid = page.navigate(url("/alerts/unsubscribe?t=not-a-token&lang=uk"));
		assertThat(invalid.status()).isEqualTo(404);
		assertNoSeriousViolations("unsubscribe-invalid");
	}

	/**
	 * Issue 19, the document read in place: the corpus's 85-page English report opens at the page of
	 * a snippet with the matched words marked in PDF.js's text layer, after reading only part of the
	 * file (range requests; the bytes received are counted in Chromium's network events, aborted
	 * requests included); the page passes axe, works at 360 px, and its pager is keyboard-usable.
	 */
	@Test
	void aLongReportOpensAtTheMatchedPageReadingOnlyPartOfTheFile() throws Exception {
		Path report = Corpus.require().resolve("library/pdf-en/q2-needs-assessment-report-2022.pdf");
		long size = Files.size(report);
		ApiClient http = new ApiClient(port);
		String id = http.json(http.upload("q2-needs-assessment-report-2022.pdf", Files.readAllBytes(report),
				"{\"title\":\"Q2 needs assessment report 2022\",\"type\":\"report\",\"access\":\"PUBLIC\","
						+ "\"language\":\"en\"}", "admin", ADMIN_PASSWORD)).get("id").asString();
		IngestAwait.untilIdle(context, Duration.ofMinutes(3));
		context.getBean(org.mosty.indexer.index.SolrIndex.class).commit();
		int matchPage = 0;
		for (var hit : http.json(http.get("/api/search?q=shelter&lang=en&size=50")).get("hits")) {
			if (hit.get("id").asString().equals(id)) {
				for (var snippet : hit.get("snippets")) {
					if (!snippet.get("page").isNull() && snippet.get("page").asInt() > 1) {
						matchPage = snippet.get("page").asInt();
						break;
					}
				}
			}
		}
		assertThat(matchPage).as("a snippet of the report on a page after the first").isGreaterThan(1);

		Map<String, String> urls = new java.util.concurrent.ConcurrentHashMap<>();
		Map<String, Long> receivedBytes = new java.util.concurrent.ConcurrentHashMap<>();
		com.microsoft.playwright.CDPSession cdp = tab.newCDPSession(page);
		cdp.send("Network.enable");
		cdp.on("Network.requestWillBeSent", event -> urls.put(event.get("requestId").getAsString(),
				event.getAsJsonObject("request").get("url").getAsString()));
		// the bytes of each finished response on the wire, headers included
		cdp.on("Network.loadingFinished", event -> receivedBytes.put(event.get("requestId").getAsString(),
				(long) event.get("encodedDataLength").getAsDouble()));
		page.navigate(url("/documents/" + id + "/read?q=shelter&page=" + matchPage + "&lang=en"));
		page.waitForSelector("#pdf-view[data-rendered='true']");
		assertThat(page.locator("#pdf-view canvas")).isVisible();
		assertThat(Integer.parseInt(page.locator("#pdf-view").getAttribute("data-marked"))).isPositive();
		assertThat(page.locator("#pdf-view .textLayer mark").first()).hasText(Pattern.compile("[Ss]helter"));
		assertThat(page.locator(".page-text mark").first()).isVisible();
		long received = 0;
		long allBytes = 0;
		for (Map.Entry<String, Long> entry : receivedBytes.entrySet()) {
			allBytes += entry.getValue();
			if (urls.getOrDefault(entry.getKey(), "").contains("/documents/" + id + "/file")) {
				received += entry.getValue();
			}
		}
		// what PDF.js asked for (the sum of its ranges: the bodies the server sent) until the page was drawn
		long asked = Long.parseLong(page.locator("#pdf-view").getAttribute("data-bytes"));
		String figures = String.format(java.util.Locale.ROOT,
				"reading view of page %d of the 85-page report: %d bytes of the %d-byte PDF asked for (%.3f) in %s range "
						+ "requests, %d bytes received for them with headers; %d bytes in all with the page and the scripts",
				matchPage, asked, size, (double) asked / size, page.locator("#pdf-view").getAttribute("data-ranges"),
				received, allBytes);
		System.out.println(figures);
		Files.writeString(SCREENSHOTS.resolve("reading-view-bytes.txt"), figures + "\n");
		assertThat(asked).as(figures).isPositive().isLessThan(size / 4);
		// what arrived is what was asked for, plus each response's headers: no other request of the file
		assertThat(received).as(figures).isBetween(asked, asked + 16 * 1024);
		assertNoSeriousViolations("reader");
		screenshot("reader");

		page.locator("a[rel=next]").focus();
		page.keyboard().press("Enter");
		page.waitForURL(Pattern.compile(".*page=" + (matchPage + 1) + ".*"));
		page.setViewportSize(360, 740);
		page.reload();
		page.waitForSelector("#pdf-view[data-rendered='true']");
		assertThat(page.locator("#pdf-view canvas").boundingBox().width).isLessThanOrEqualTo(360);
		screenshot("reader-mobile");
	}

	@Test
	void searchDocumentUploadAndLoginPagesHaveNoSeriousAccessibilityViolations() {
		page.navigate(url("/search?q=" + ApiClient.encode("ochrona czasowa")));
		assertNoSeriousViolations("search");
		page.navigate(url("/search?q=zzzniematakiegoslowa&f.type=report"));
		assertNoSeriousViolations("search-empty");
		page.navigate(url("/search?q=" + ApiClient.encode("uchodźcy")));
		page.locator(".hit h3 a").first().click();
		page.waitForURL(Pattern.compile(".*/documents/.*"));
		assertNoSeriousViolations("document");
		page.navigate(url("/login"));
		assertNoSeriousViolations("login");
		page.navigate(url("/password/forgot"));
		assertNoSeriousViolations("password-forgot");
		Response missing = page.navigate(url("/no-such-page"));
		assertThat(missing.status()).isEqualTo(404);
		assertThat(page.locator("h1")).hasText("Nie ma takiej strony");
		assertNoSeriousViolations("error");
		screenshot("error");
		page.navigate(url("/login"));
		signIn("admin", ADMIN_PASSWORD);
		page.navigate(url("/editor/upload"));
		assertNoSeriousViolations("upload");
		// the editors' document page, with the extraction facts
		page.navigate(url("/search?q=" + ApiClient.encode("uchodźcy")));
		page.locator(".hit h3 a").first().click();
		page.waitForURL(Pattern.compile(".*/documents/.*"));
		assertThat(page.locator("#ed-h")).isVisible();
		assertNoSeriousViolations("document-editor");
		page.navigate(url("/editor/runs"));
		assertNoSeriousViolations("runs");
		screenshot("runs");
		page.setViewportSize(390, 844);
		page.navigate(url("/search?q=" + ApiClient.encode("uchodźcy")));
		screenshot("search-mobile");
	}

	private void signIn(String username, String password) {
		page.fill("#username", username);
		page.fill("#password", password);
		page.locator("form.stack button[type=submit]").click();
	}

	private void assertNoSeriousViolations(String name) {
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		List<String> serious = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(BrowserIntegrationTests::describe)
			.toList();
		assertThat(serious).as("serious or critical axe-core violations on the " + name + " page").isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList();
	}

	private void screenshot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}
}
