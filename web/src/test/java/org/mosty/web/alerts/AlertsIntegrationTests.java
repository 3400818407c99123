package org.mosty.web.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mosty.indexer.index.SolrIndex;
import org.mosty.testing.ApiClient;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.TestDataDirs;
import org.mosty.saved.SavedSearches;
import org.mosty.security.LoginThrottle;
import org.mosty.web.TestPdfs;
import org.mosty.web.TestSmtp;
import org.mosty.web.WebSession;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 19, saved searches and alerts, end to end over real HTTP with a real SMTP server in the
 * test JVM: a member saves a search from the results page, an editor uploads a matching document
 * in another language, {@code alertJob} mails it, the mail's links work, a second run sends
 * nothing, the one-click unsubscribe stops it; a failed send is sent by the next run, once; a
 * lowered role narrows alerts and the private feed at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AlertsIntegrationTests {

	static final String ADMIN = "admin";

	static final String ADMIN_PASSWORD = "alerts-admin-password";

	static final TestSmtp SMTP = new TestSmtp();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("alerts"));
		registry.add("mosty.admin.password", () -> ADMIN_PASSWORD);
		registry.add("mosty.samples", () -> "false");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SMTP::port);
		registry.add("mosty.alerts.schedule", () -> "-");
		registry.add("mosty.alerts.settle", () -> "0s");
		// every saved search is due at once: the tests run the job whenever they need it
		registry.add("mosty.alerts.slack", () -> "8d");
	}

	@AfterAll
	static void stopSmtp() {
		SMTP.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AlertLauncher launcher;

	@Autowired
	SolrIndex index;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	AlertComposer composer;

	@Autowired
	AlertWriter writer;

	@Autowired
	AlertMails mails;

	@Autowired
	SavedSearches saved;

	@Autowired
	TransactionTemplate transactions;

	ApiClient http;

	@BeforeEach
	void client() {
		http = new ApiClient(port);
	}

	@Test
	void aSavedSearchMailsADocumentInAnotherLanguageOnceWithLinksThatWork() throws Exception {
		user("ala", "MEMBER", "ala@example.org");
		WebSession ala = WebSession.signedIn(port, "ala", "ala-password-1");
		String results = ala.get("/search?q=" + ApiClient.encode("ochrona czasowa") + "&lang=pl").body();
		assertThat(results).contains("Zapisz to wyszukiwanie");
		String parameters = hidden(results, "parameters");
		assertThat(parameters).isEqualTo("q=ochrona%20czasowa&lang=pl");
		HttpResponse<String> saved = ala.postForm("/me/searches", Map.of("_csrf", WebSession.csrf(results),
				"parameters", parameters, "name", "Ochrona czasowa", "frequency", "daily", "lang", "pl"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(ala.get("/me/searches?lang=pl").body()).contains("Ochrona czasowa").contains("/feeds/saved/");

		String ukrainian = upload("tymchasovyi.txt", "Тимчасовий захист для біженців у Польщі",
				"Тимчасовий захист: що змінилося для біженців з України у Польщі. Тимчасовий захист діє "
						+ "до березня, а заяви про продовження тимчасового захисту подають у воєводстві.",
				"MEMBERS", "uk");
		String restricted = upload("wewnetrzne.txt", "Notatka wewnętrzna o ochronie czasowej",
				"Notatka wewnętrzna zespołu: ochrona czasowa, terminy i ochrona czasowa w praktyce urzędów.",
				"RESTRICTED", "pl");
		commit();

		assertThat(launcher.runNow().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<MimeMessage> mails = SMTP.mailsTo("ala@example.org");
		assertThat(mails).hasSize(1);
		MimeMessage mail = mails.get(0);
		assertThat(mail.getSubject()).isEqualTo("Mosty: 1 nowy dokument – Ochrona czasowa");
		assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		String unsubscribe = mail.getHeader("List-Unsubscribe")[0].replaceAll("^<|>$", "");
		assertThat(unsubscribe).startsWith("http://localhost:" + port + "/alerts/unsubscribe?t=");
		String text = TestSmtp.part(mail, "text/plain");
		String html = TestSmtp.part(mail, "text/html");
		assertThat(text).contains("Тимчасовий захист для біженців у Польщі").contains("українська")
			.doesNotContain("Notatka wewnętrzna");
		assertThat(html).contains("lang=\"pl\"").contains("Тимчасовий захист для біженців у Польщі")
			.contains("<span lang=\"uk\">Тимчасовий захист: що змінилося").doesNotContain(restricted);
		String documentLink = "http://localhost:" + port + "/documents/" + ukrainian + "?lang=pl";
		assertThat(text).contains(documentLink);
		assertThat(html).contains(documentLink);
		assertThat(ala.get(documentLink.substring(documentLink.indexOf("/documents/"))).body())
			.contains("Тимчасовий захист для біженців у Польщі");

		// the next run has nothing new: no mail; the page's outbox shows the one sent
		assertThat(launcher.runNow().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(SMTP.mailsTo("ala@example.org")).hasSize(1);
		assertThat(ala.get("/me/searches?lang=en").body()).contains("Mosty: 1 nowy dokument").contains("sent ");

		// opening the link asks and changes nothing (mail scanners open links)
		HttpResponse<String> asked = http.get(unsubscribe.substring(unsubscribe.indexOf("/alerts/")));
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("Wyłączyć wszystkie powiadomienia e-mail?");
		assertThat(http.json(http.get("/api/me/searches", "ala", "ala-password-1")).get(0).get("frequency").asString())
			.isEqualTo("daily");
		// RFC 8058: the mail program's POST, no cookie, no CSRF token
		HttpResponse<String> oneClick = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(unsubscribe))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(oneClick.statusCode()).isEqualTo(200);
		assertThat(http.json(http.get("/api/me/searches", "ala", "ala-password-1")).get(0).get("frequency").asString())
			.isEqualTo("off");
		// a tampered token is refused
		assertThat(http.get("/alerts/unsubscribe?t=" + unsubscribe.substring(unsubscribe.indexOf("t=") + 2) + "x")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void aFailedSendIsSentByTheNextRunListingEachDocumentOnce() throws Exception {
		user("bogdan", "MEMBER", "bogdan@example.org");
		save("bogdan", "q=" + ApiClient.encode("hulajnoga elektryczna") + "&lang=en", "weekly");
		String first = upload("hulajnogi.txt", "Hulajnoga elektryczna w mieście",
				"Przepisy o hulajnoga elektryczna: gdzie jeździć hulajnogą elektryczną i hulajnoga elektryczna na "
						+ "chodniku.", "PUBLIC", "pl");
		commit();
		SMTP.stop();
		try {
			JobExecution failed = launcher.runNow();
			assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		}
		finally {
			SMTP.start();
		}
		assertThat(SMTP.mailsTo("bogdan@example.org")).isEmpty();
		// a document that arrives meanwhile goes in the next mail, not in the one waiting
		String second = upload("hulajnogi-2.txt", "Hulajnoga elektryczna: nowe przepisy",
				"Nowe przepisy: hulajnoga elektryczna, kask i hulajnoga elektryczna dla dzieci.", "PUBLIC", "pl");
		commit();

		assertThat(launcher.runNow().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<MimeMessage> mails = SMTP.mailsTo("bogdan@example.org");
		assertThat(mails).hasSize(2);
		String waiting = TestSmtp.part(mails.get(0), "text/plain");
		String next = TestSmtp.part(mails.get(1), "text/plain");
		assertThat(waiting).contains("/documents/" + first).doesNotContain("/documents/" + second);
		assertThat(next).contains("/documents/" + second).doesNotContain("/documents/" + first);
		assertThat(mails.get(0).getSubject()).isEqualTo("Mosty: 1 new document – hulajnoga elektryczna");

		assertThat(launcher.runNow().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(SMTP.mailsTo("bogdan@example.org")).hasSize(2);

		// a match on page 2 of a PDF: the mail links to that page, read in place with the words marked
		String pdf = uploadBytes("hulajnogi.pdf", TestPdfs.pages("Nothing here about the weather.",
				"Hulajnoga elektryczna: where to ride a hulajnoga elektryczna."), "PUBLIC", "pl");
		commit();
		assertThat(launcher.runNow().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		String third = TestSmtp.part(SMTP.mailsTo("bogdan@example.org").get(2), "text/plain");
		Matcher read = Pattern.compile("http://localhost:" + port + "(/documents/" + pdf
				+ "/read\\?q=hulajnoga%20elektryczna&page=2&lang=en)").matcher(third);
		assertThat(read.find()).as(third).isTrue();
		String page = http.get(read.group(1)).body();
		assertThat(page).contains("data-page=\"2\"").containsPattern("<mark>[Hh]ulajnoga</mark>");
	}

	@Test
	void aLoweredRoleNarrowsAlertsAndThePrivateFeedAtOnce() throws Exception {
		user("cezary", "EDITOR", "cezary@example.org");
		String feed = http.json(save("cezary", "q=" + ApiClient.encode("rower cargo") + "&lang=en", "daily"))
			.get("feed")
			.asString();
		String secret = upload("rowery.txt", "Rower cargo: notatka zespołu",
				"Rower cargo dla organizacji: rower cargo, koszty i rower cargo w dostawach.", "RESTRICTED", "pl");
		String open = upload("rowery-2.txt", "Rower cargo w mieście",
				"Poradnik: rower cargo, parkowanie i rower cargo na ścieżkach.", "PUBLIC", "pl");
		commit();
		String path = feed.substring(feed.indexOf("/feeds/"));
		assertThat(http.get(path).body()).contains(secret).contains(open);

		assertThat(http.put("/api/admin/users/cezary", "{\"role\":\"MEMBER\"}", ADMIN, ADMIN_PASSWORD).statusCode())
			.isEqualTo(200);
		HttpResponse<String> narrowed = http.get(path);
		assertThat(narrowed.statusCode()).isEqualTo(200);
		assertThat(narrowed.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(narrowed.body()).contains(open).doesNotContain(secret);

		assertThat(launcher.runNow().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<MimeMessage> mails = SMTP.mailsTo("cezary@example.org");
		assertThat(mails).hasSize(1);
		assertThat(TestSmtp.part(mails.get(0), "text/plain")).contains("/documents/" + open).doesNotContain(secret);
	}

	@Test
	void theApiKeepsEachUsersSearchesToThemselvesAndRefusesBadOnes() {
		user("dorota", "MEMBER", null);
		user("edyta", "MEMBER", null);
		HttpResponse<String> created = save("dorota", "q=azyl&f.language=uk&lang=uk", null);
		assertThat(created.statusCode()).isEqualTo(201);
		String id = http.json(created).get("id").asString();
		assertThat(created.headers().firstValue("Location").orElse("")).isEqualTo("/api/me/searches/" + id);
		assertThat(http.json(created).get("frequency").asString()).isEqualTo("daily");
		assertThat(http.json(created).get("parameters").asString()).isEqualTo("q=azyl&f.language=uk&lang=uk");

		assertThat(http.get("/api/me/searches/" + id, "edyta", "edyta-password-1").statusCode()).isEqualTo(404);
		assertThat(http.delete("/api/me/searches/" + id, "edyta", "edyta-password-1").statusCode()).isEqualTo(404);
		assertThat(http.get("/api/me/searches").statusCode()).isEqualTo(401);
		// registration is off by default: there is no sign-up page
		assertThat(http.get("/register").statusCode()).isEqualTo(404);

		HttpResponse<String> badFrequency = http.post("/api/me/searches",
				"{\"parameters\":\"q=azyl\",\"frequency\":\"hourly\"}", "dorota", "dorota-password-1");
		assertThat(badFrequency.statusCode()).isEqualTo(400);
		assertThat(badFrequency.body()).contains("\"code\":\"choice\"").contains("\"field\":\"frequency\"");
		HttpResponse<String> badFacet = http.post("/api/me/searches", "{\"parameters\":\"q=azyl&f.colour=red\"}",
				"dorota", "dorota-password-1");
		assertThat(badFacet.statusCode()).isEqualTo(400);
		assertThat(badFacet.body()).contains("\"code\":\"unknownFilter\"");
		assertThat(http.put("/api/me", "{\"email\":\"not an address\"}", "dorota", "dorota-password-1").body())
			.contains("\"code\":\"email\"");

		HttpResponse<String> changed = http.patch("/api/me/searches/" + id, "{\"frequency\":\"weekly\"}",
				"dorota", "dorota-password-1");
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(http.json(changed).get("frequency").asString()).isEqualTo("weekly");
		assertThat(http.delete("/api/me/searches/" + id, "dorota", "dorota-password-1").statusCode()).isEqualTo(204);
		assertThat(http.get("/api/me/searches/" + id, "dorota", "dorota-password-1").statusCode()).isEqualTo(404);
	}

	@Test
	void unknownFeedTokensAreThrottledPerAddress() {
		try {
			for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
				assertThat(http.get("/feeds/saved/unknown-token-" + i + ".atom").statusCode()).isEqualTo(404);
			}
			HttpResponse<String> locked = http.get("/feeds/saved/unknown-token-5.atom");
			assertThat(locked.statusCode()).isEqualTo(429);
			assertThat(locked.headers().firstValue("Retry-After")).isPresent();
			assertThat(locked.body()).contains("\"status\":429");
		}
		finally { // the other tests read feeds from this address
			for (String address : List.of("127.0.0.1", "0:0:0:0:0:0:0:1")) {
				throttle.succeeded("secret:feed", address);
			}
		}
	}

	@Test
	void withoutAnAddressTheAlertWaitsInTheOutboxOnTheUsersPage() throws Exception {
		user("filip", "MEMBER", null);
		save("filip", "q=" + ApiClient.encode("kajak górski") + "&lang=uk", "daily");
		upload("kajaki.txt", "Kajak górski na Dunajcu", "Kajak górski: kajak górski i spływ na Dunajcu.", "PUBLIC",
				"pl");
		commit();
		assertThat(launcher.runNow().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		WebSession filip = WebSession.signedIn(port, "filip", "filip-password-1");
		String page = filip.get("/me/searches?lang=uk").body();
		assertThat(page).contains("Mosty: 1 новий документ – kajak górski")
			.contains("чекає: немає адреси електронної пошти")
			.contains("Kajak górski na Dunajcu");
	}

	/**
	 * A document a member could not see (RESTRICTED) is news to her the day an editor opens it to
	 * members; an edit that does not widen its access (a new title) is not news again.
	 */
	@Test
	void aDocumentOpenedToTheReaderIsNewsOnceAndAnEditIsNot() throws Exception {
		user("hanna", "MEMBER", "hanna@example.org");
		save("hanna", "q=" + ApiClient.encode("łódź wiosłowa") + "&lang=pl", "daily");
		String doc = upload("lodzie.txt", "Łódź wiosłowa: zasady", "Łódź wiosłowa, kamizelka i łódź wiosłowa na jeziorze.",
				"RESTRICTED", "pl");
		commit();
		assertThat(launcher.runNow().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(SMTP.mailsTo("hanna@example.org")).isEmpty();

		edit(doc, "Łódź wiosłowa: zasady", "MEMBERS");
		commit();
		assertThat(launcher.runNow().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(SMTP.mailsTo("hanna@example.org")).hasSize(1);
		assertThat(TestSmtp.part(SMTP.mailsTo("hanna@example.org").get(0), "text/plain")).contains("/documents/" + doc);

		edit(doc, "Łódź wiosłowa: zasady na jeziorach", "MEMBERS");
		commit();
		assertThat(launcher.runNow().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(SMTP.mailsTo("hanna@example.org")).hasSize(1);
	}

	/**
	 * The owner renames a saved search after the job read it and before the job wrote: the write,
	 * conditional on the version it read, leaves that saved search alone (watermark unmoved, no
	 * mail), and the next run lists the document under the new name. Steps run one after the
	 * other in this thread, so the interleaving is the same every time.
	 */
	@Test
	void aSavedSearchChangedWhileItsAlertIsMadeLosesNothing() throws Exception {
		user("gosia", "MEMBER", "gosia@example.org");
		String id = http.json(save("gosia", "q=szybowiec&lang=pl", "daily")).get("id").asString();
		Instant watermark = saved.find("gosia", id).orElseThrow().watermark();
		String doc = upload("szybowce.txt", "Szybowiec w klubie", "Szybowiec, szkolenie i szybowiec na lotnisku.",
				"PUBLIC", "pl");
		commit();

		Instant at = Instant.now();
		UserAlert alert = composer.compose("gosia", at, composer.changes(at));
		assertThat(alert.sections()).hasSize(1);
		assertThat(alert.sections().get(0).hits()).extracting(hit -> hit.id()).containsExactly(doc);
		assertThat(http.patch("/api/me/searches/" + id, "{\"name\":\"Szybowce\"}", "gosia", "gosia-password-1")
			.statusCode()).isEqualTo(200);
		transactions.executeWithoutResult(status -> {
			try {
				writer.write(Chunk.of(alert));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(saved.find("gosia", id).orElseThrow().watermark()).isEqualTo(watermark);
		assertThat(mails.forUser("gosia", 10)).isEmpty();

		assertThat(launcher.runNow().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		List<MimeMessage> sent = SMTP.mailsTo("gosia@example.org");
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).getSubject()).isEqualTo("Mosty: 1 nowy dokument – Szybowce");
		assertThat(TestSmtp.part(sent.get(0), "text/plain")).contains("/documents/" + doc);
	}

	// --- helpers ---

	private void user(String name, String role, String email) {
		String password = name + "-password-1";
		assertThat(http.post("/api/admin/users",
				"{\"username\":\"" + name + "\",\"password\":\"" + password + "\",\"role\":\"" + role + "\"}", ADMIN,
				ADMIN_PASSWORD).statusCode()).isEqualTo(201);
		if (email != null) {
			assertThat(http.put("/api/me", "{\"email\":\"" + email + "\"}", name, password).statusCode()).isEqualTo(200);
		}
	}

	private HttpResponse<String> save(String user, String parameters, String frequency) {
		String body = "{\"parameters\":\"" + parameters + "\"" + (frequency == null ? "" : ",\"frequency\":\"" + frequency + "\"")
				+ "}";
		return http.post("/api/me/searches", body, user, user + "-password-1");
	}

	private String upload(String fileName, String title, String text, String access, String language) {
		HttpResponse<String> response = http.upload(fileName, text.getBytes(StandardCharsets.UTF_8),
				"{\"title\":\"" + title + "\",\"type\":\"report\",\"access\":\"" + access + "\",\"language\":\""
						+ language + "\"}", ADMIN, ADMIN_PASSWORD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		String id = http.json(response).get("id").asString();
		IngestAwait.untilIdle(context, Duration.ofMinutes(2));
		return id;
	}

	private String uploadBytes(String fileName, byte[] content, String access, String language) {
		HttpResponse<String> response = http.upload(fileName, content, "{\"title\":\"" + fileName + "\",\"type\":\"report\","
				+ "\"access\":\"" + access + "\",\"language\":\"" + language + "\"}", ADMIN, ADMIN_PASSWORD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		IngestAwait.untilIdle(context, Duration.ofMinutes(2));
		return http.json(response).get("id").asString();
	}

	private void edit(String id, String title, String access) {
		HttpResponse<String> edited = http.put("/api/documents/" + id, "{\"title\":\"" + title
				+ "\",\"type\":\"report\",\"access\":\"" + access + "\",\"language\":\"pl\"}", ADMIN, ADMIN_PASSWORD);
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
	}

	private void commit() throws Exception {
		index.commit();
	}

	private static String hidden(String html, String name) {
		Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
		assertThat(matcher.find()).as("hidden input " + name).isTrue();
		return org.springframework.web.util.HtmlUtils.htmlUnescape(matcher.group(1));
	}
}
