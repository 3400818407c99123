package org.mosty.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mosty.security.LoginThrottle;
import org.mosty.testing.ApiClient;
import org.mosty.testing.TestDataDirs;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages' sign-in ({@code UiSecurity}), over real HTTP: the login form needs its CSRF token,
 * starts a session that signs nothing in under {@code /api/**}, and is throttled like HTTP Basic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "mosty.samples=false", "mosty.security.bcrypt-strength=4" })
class SignInIntegrationTests {

	static final String ADMIN = "admin";

	static final String PASSWORD = "sign-in-admin-password";

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("web-sign-in"));
		registry.add("mosty.admin.password", () -> PASSWORD);
	}

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	@Test
	void theLoginFormNeedsItsCsrfTokenAndStartsASession() {
		createUser("form.editor", "form-password", "EDITOR");
		ApiClient browser = ApiClient.browser(port);
		// without the token the post is refused, whatever the password
		HttpResponse<String> noToken = browser.postForm("/login",
				Map.of("username", "form.editor", "password", "form-password"));
		assertThat(noToken.statusCode()).isEqualTo(403);

		String token = csrf(browser.get("/login"));
		HttpResponse<String> signedIn = browser.postForm("/login",
				Map.of("username", "form.editor", "password", "form-password", "_csrf", token));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		assertThat(signedIn.headers().allValues("Set-Cookie").toString()).contains("JSESSIONID");

		// the session is the UI's: it signs nothing in under /api/** (Basic only), so a cross-site post
		// riding on the session cookie cannot upload or delete
		assertThat(browser.get("/api/documents").statusCode()).isEqualTo(401);
		assertThat(browser.upload("x.txt", "x".getBytes(StandardCharsets.UTF_8),
				"{\"title\":\"x\",\"type\":\"article\",\"access\":\"PUBLIC\"}").statusCode()).isEqualTo(401);

		// a forged logout (no token) is refused too
		assertThat(browser.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
		assertThat(new ApiClient(port).postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
	}

	@Test
	void theLoginFormIsThrottledToo() {
		createUser("form.member", "form-password", "MEMBER");
		ApiClient browser = ApiClient.browser(port);
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			HttpResponse<String> failed = browser.postForm("/login",
					Map.of("username", "form.member", "password", "wrong", "_csrf", csrf(browser.get("/login"))));
			assertThat(failed.statusCode()).isEqualTo(302);
			assertThat(failed.headers().firstValue("Location").orElse("")).contains("error");
		}
		HttpResponse<String> locked = browser.postForm("/login",
				Map.of("username", "form.member", "password", "form-password", "_csrf", csrf(browser.get("/login"))));
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.body()).contains("Too many failed sign-ins");
	}

	private void createUser(String username, String password, String role) {
		HttpResponse<String> created = api.post("/api/admin/users", "{\"username\":\"" + username + "\",\"password\":\""
				+ password + "\",\"role\":\"" + role + "\"}", ADMIN, PASSWORD);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	private static String csrf(HttpResponse<String> loginPage) {
		assertThat(loginPage.statusCode()).isEqualTo(200);
		Matcher matcher = CSRF.matcher(loginPage.body());
		assertThat(matcher.find()).as(loginPage.body()).isTrue();
		return new String(matcher.group(1).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}
}
