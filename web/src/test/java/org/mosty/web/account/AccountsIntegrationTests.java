package org.mosty.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mosty.security.LoginThrottle;
import org.mosty.testing.ApiClient;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.TestDataDirs;
import org.mosty.web.TestSmtp;
import org.mosty.web.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 19, reader accounts over real HTTP with a real SMTP server in the test JVM: a visitor
 * registers, confirms the address by the mailed link and signs in as a READER who sees public
 * documents only; a forgotten password is reset by a mailed one-time link; links are single-use;
 * registering an address that has an account tells its owner, not the visitor; the mail-sending
 * forms are throttled per address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "mosty.accounts.registration=true", "mosty.security.bcrypt-strength=4" })
class AccountsIntegrationTests {

	static final String ADMIN_PASSWORD = "accounts-admin-password";

	static final TestSmtp SMTP = new TestSmtp();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("accounts"));
		registry.add("mosty.admin.password", () -> ADMIN_PASSWORD);
		registry.add("mosty.samples", () -> "false");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SMTP::port);
		registry.add("mosty.alerts.schedule", () -> "-");
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
	LoginThrottle throttle;

	@Test
	void aVisitorRegistersConfirmsAndReadsPublicDocumentsOnly() throws Exception {
		ApiClient http = new ApiClient(port);
		String members = upload(http, "MEMBERS", "Notatka dla członków zzczytelnik");
		String open = upload(http, "PUBLIC", "Poradnik publiczny zzczytelnik");

		WebSession visitor = new WebSession(port);
		String form = visitor.get("/register?lang=en").body();
		assertThat(form).contains("Create an account");
		HttpResponse<String> weak = visitor.postForm("/register?lang=en", Map.of("_csrf", WebSession.csrf(form),
				"username", "x", "email", "nope", "password", "short"));
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(weak.body()).contains("not an e-mail address").contains("at least 8 characters");

		HttpResponse<String> registered = visitor.postForm("/register?lang=en", Map.of("_csrf", WebSession.csrf(form),
				"username", "olena", "email", "olena@example.org", "password", "olena-password-1"));
		assertThat(registered.statusCode()).isEqualTo(200);
		assertThat(registered.body()).contains("Check your mail");
		String link = link(lastMailTo("olena@example.org"), "/register/confirm");
		// not confirmed yet: the password does not sign in
		assertThat(http.get("/api/me", "olena", "olena-password-1").statusCode()).isEqualTo(401);

		String asked = visitor.get(link).body();
		assertThat(asked).contains("Confirm the e-mail address of the account olena");
		assertThat(http.get("/api/me", "olena", "olena-password-1").statusCode()).isEqualTo(401);
		HttpResponse<String> confirmed = visitor.postForm("/register/confirm?lang=en",
				Map.of("_csrf", WebSession.csrf(asked), "t", token(link)));
		assertThat(confirmed.body()).contains("Address confirmed");
		assertThat(http.json(http.get("/api/me", "olena", "olena-password-1")).get("role").asString()).isEqualTo("READER");
		String found = http.get("/api/search?q=zzczytelnik", "olena", "olena-password-1").body();
		assertThat(found).contains(open).doesNotContain(members);
		// the link works once
		assertThat(visitor.get(link).statusCode()).isEqualTo(404);

		// the address again: the visitor sees the same page, the owner gets a mail
		HttpResponse<String> again = visitor.postForm("/register?lang=en", Map.of("_csrf", WebSession.csrf(form),
				"username", "someone-else", "email", "Olena@example.org", "password", "another-password-1"));
		assertThat(again.body()).contains("Check your mail");
		assertThat(lastMailTo("olena@example.org").getSubject()).isEqualTo("Mosty: you already have an account");
		assertThat(http.get("/api/me", "someone-else", "another-password-1").statusCode()).isEqualTo(401);
	}

	@Test
	void aForgottenPasswordIsResetByAOneTimeLink() throws Exception {
		ApiClient http = new ApiClient(port);
		assertThat(http.post("/api/admin/users", "{\"username\":\"petro\",\"password\":\"petro-password-1\",\"role\":\"MEMBER\"}",
				"admin", ADMIN_PASSWORD).statusCode()).isEqualTo(201);
		assertThat(http.put("/api/me", "{\"email\":\"petro@example.org\"}", "petro", "petro-password-1").statusCode())
			.isEqualTo(200);
		WebSession visitor = new WebSession(port);
		String form = visitor.get("/password/forgot?lang=uk").body();
		HttpResponse<String> asked = visitor.postForm("/password/forgot?lang=uk",
				Map.of("_csrf", WebSession.csrf(form), "who", "petro"));
		assertThat(asked.body()).contains("Перевірте пошту");
		MimeMessage mail = lastMailTo("petro@example.org");
		assertThat(mail.getSubject()).isEqualTo("Mosty: встановіть новий пароль");
		String link = link(mail, "/password/reset");
		String page = visitor.get(link).body();
		assertThat(page).contains("Новий пароль для облікового запису petro");
		HttpResponse<String> tooShort = visitor.postForm("/password/reset?lang=uk",
				Map.of("_csrf", WebSession.csrf(page), "t", token(link), "password", "short"));
		assertThat(tooShort.statusCode()).isEqualTo(400);
		HttpResponse<String> set = visitor.postForm("/password/reset?lang=uk",
				Map.of("_csrf", WebSession.csrf(page), "t", token(link), "password", "petro-password-2"));
		assertThat(set.body()).contains("Пароль змінено");
		assertThat(http.get("/api/me", "petro", "petro-password-2").statusCode()).isEqualTo(200);
		assertThat(http.get("/api/me", "petro", "petro-password-1").statusCode()).isEqualTo(401);
		HttpResponse<String> reused = visitor.postForm("/password/reset?lang=uk",
				Map.of("_csrf", WebSession.csrf(page), "t", token(link), "password", "petro-password-3"));
		assertThat(reused.statusCode()).isEqualTo(404);
		assertThat(http.json(http.get("/api/audit?limit=50", "admin", ADMIN_PASSWORD)).toString()).contains("reset-password");

		// an unknown name: the same answer, no mail
		int before = SMTP.received().length;
		visitor.postForm("/password/forgot?lang=uk", Map.of("_csrf", WebSession.csrf(form), "who", "nobody-here"));
		assertThat(SMTP.received()).hasSize(before);
	}

	/** The same through the API: register, confirm with the mailed token, reset with the mailed token. */
	@Test
	void theApiRegistersConfirmsAndResetsWithTheMailedTokens() throws Exception {
		forget();
		ApiClient http = new ApiClient(port);
		assertThat(http.post("/api/accounts", "{\"username\":\"mykola\",\"email\":\"mykola@example.org\","
				+ "\"password\":\"mykola-password-1\",\"lang\":\"uk\"}").statusCode()).isEqualTo(202);
		MimeMessage confirmation = lastMailTo("mykola@example.org");
		assertThat(confirmation.getSubject()).isEqualTo("Mosty: підтвердіть адресу електронної пошти");
		String token = token(link(confirmation, "/register/confirm"));
		assertThat(http.get("/api/me", "mykola", "mykola-password-1").statusCode()).isEqualTo(401);
		assertThat(http.post("/api/accounts/confirm", "{\"token\":\"" + token + "\"}").statusCode()).isEqualTo(204);
		assertThat(http.post("/api/accounts/confirm", "{\"token\":\"" + token + "\"}").statusCode()).isEqualTo(404);
		assertThat(http.get("/api/me", "mykola", "mykola-password-1").statusCode()).isEqualTo(200);

		HttpResponse<String> bad = http.post("/api/accounts", "{\"username\":\"m\",\"email\":\"x\",\"password\":\"1\"}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("\"code\":\"username\"").contains("\"code\":\"email\"")
			.contains("\"code\":\"password\"");
		assertThat(http.post("/api/accounts", "{\"username\":\"mykola\",\"email\":\"other@example.org\","
				+ "\"password\":\"mykola-password-1\"}").body()).contains("\"code\":\"usernameTaken\"");

		assertThat(http.post("/api/accounts/password-reset", "{\"who\":\"mykola@example.org\"}").statusCode())
			.isEqualTo(202);
		String reset = token(link(lastMailTo("mykola@example.org"), "/password/reset"));
		assertThat(http.post("/api/accounts/password", "{\"token\":\"" + reset + "\",\"password\":\"short\"}")
			.statusCode()).isEqualTo(400);
		assertThat(http.post("/api/accounts/password", "{\"token\":\"" + reset + "\",\"password\":\"mykola-password-2\"}")
			.statusCode()).isEqualTo(204);
		assertThat(http.get("/api/me", "mykola", "mykola-password-2").statusCode()).isEqualTo(200);
		forget();
	}

	@Test
	void mailSendingFormsAreThrottledPerAddress() {
		forget();
		WebSession visitor = new WebSession(port);
		String form = visitor.get("/password/forgot?lang=en").body();
		try {
			for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
				assertThat(visitor.postForm("/password/forgot?lang=en", Map.of("_csrf", WebSession.csrf(form), "who",
						"nobody-" + i)).statusCode()).isEqualTo(200);
			}
			HttpResponse<String> locked = visitor.postForm("/password/forgot?lang=en",
					Map.of("_csrf", WebSession.csrf(form), "who", "nobody-5"));
			assertThat(locked.statusCode()).isEqualTo(429);
			assertThat(locked.headers().firstValue("Retry-After")).isPresent();
			assertThat(locked.body()).contains("Too many attempts");
		}
		finally {
			forget();
		}
	}

	/** The other tests of this class send from this address too. */
	private void forget() {
		for (String address : List.of("127.0.0.1", "0:0:0:0:0:0:0:1")) {
			throttle.succeeded("mail:reset", address);
			throttle.succeeded("mail:register", address);
		}
	}

	private String upload(ApiClient http, String access, String title) {
		HttpResponse<String> response = http.upload(title.replace(' ', '-') + ".txt",
				(title + "\n\n" + title + " treść.").getBytes(StandardCharsets.UTF_8),
				"{\"title\":\"" + title + "\",\"type\":\"report\",\"access\":\"" + access + "\"}", "admin", ADMIN_PASSWORD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		IngestAwait.untilIdle(context, Duration.ofMinutes(2));
		return http.json(response).get("id").asString();
	}

	private static MimeMessage lastMailTo(String address) {
		List<MimeMessage> mails = SMTP.mailsTo(address);
		assertThat(mails).as("mails to " + address).isNotEmpty();
		return mails.get(mails.size() - 1);
	}

	/** The path and query of the first link to {@code path} in a mail's text. */
	private String link(MimeMessage mail, String path) throws Exception {
		Matcher matcher = Pattern.compile("http://localhost:" + port + "(" + Pattern.quote(path) + "\\?\\S+)")
			.matcher((String) mail.getContent());
		assertThat(matcher.find()).as("a link to " + path).isTrue();
		return matcher.group(1);
	}

	private static String token(String link) {
		return link.substring(link.indexOf("t=") + 2);
	}
}
