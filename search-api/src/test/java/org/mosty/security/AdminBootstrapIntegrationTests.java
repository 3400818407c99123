package org.mosty.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mosty.testing.ApiClient;
import org.mosty.testing.TestDataDirs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Without {@code MOSTY_ADMIN_PASSWORD}, a start with no admin generates a password, prints it
 * once (only its bcrypt hash is kept) and it signs in; later starts print nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapIntegrationTests {

	private static final Pattern GENERATED = Pattern.compile("generated password\\s+(\\S{20})");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("admin-bootstrap"));
		registry.add("mosty.samples", () -> "false");
	}

	@LocalServerPort
	int port;

	@Autowired
	AdminBootstrap bootstrap;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aStartWithoutAnAdminPrintsAPasswordThatSignsIn(CapturedOutput output) {
		jdbc.sql("delete from app_user where username = 'admin'").update();
		int before = output.getAll().length();

		bootstrap.run(new DefaultApplicationArguments());

		Matcher matcher = GENERATED.matcher(output.getAll().substring(before));
		assertThat(matcher.find()).as("a generated password is printed").isTrue();
		String password = matcher.group(1);
		assertThat(users.passwordHash(AdminBootstrap.ADMIN).orElseThrow()).startsWith("$2").doesNotContain(password);
		ApiClient api = new ApiClient(port);
		assertThat(api.get("/api/documents", "admin", password).statusCode()).isEqualTo(200);
		assertThat(api.get("/api/documents", "admin", password + "x").statusCode()).isEqualTo(401);
	}

	@Test
	void laterStartsPrintNothingAndKeepThePassword(CapturedOutput output) {
		String hash = users.passwordHash(AdminBootstrap.ADMIN).orElseThrow();
		int before = output.getAll().length();

		bootstrap.run(new DefaultApplicationArguments());

		assertThat(output.getAll().substring(before)).doesNotContain("generated password");
		assertThat(users.passwordHash(AdminBootstrap.ADMIN)).contains(hash);
	}
}
