package org.mosty.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mosty.testing.ApiClient;
import org.mosty.testing.TestDataDirs;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * User administration and throttled HTTP Basic sign-ins, over real HTTP (the pages' form login is
 * tested in web, whose chain it is: {@code SignInIntegrationTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UsersAndSignInIntegrationTests {

	static final String ADMIN = "admin";

	static final String PASSWORD = "users-admin-password";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("users"));
		registry.add("mosty.admin.password", () -> PASSWORD);
		registry.add("mosty.security.bcrypt-strength", () -> "4");
		registry.add("mosty.samples", () -> "false");
	}

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	@Test
	void anAdminCreatesReadsUpdatesAndDeletesUsersAndNeverSeesAHash() {
		HttpResponse<String> created = api.post("/api/admin/users",
				"{\"username\":\"olena.editor\",\"password\":\"first-password\",\"role\":\"editor\"}", ADMIN, PASSWORD);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).hasValue("/api/admin/users/olena.editor");
		JsonNode user = api.json(created);
		assertThat(user.get("username").asString()).isEqualTo("olena.editor");
		assertThat(user.get("role").asString()).isEqualTo("EDITOR");
		assertThat(created.body()).doesNotContain("password").doesNotContain("$2a$");

		HttpResponse<String> list = api.get("/api/admin/users", ADMIN, PASSWORD);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("olena.editor").contains("\"admin\"").doesNotContain("$2a$")
			.doesNotContainIgnoringCase("hash");
		assertThat(api.get("/api/admin/users/olena.editor", ADMIN, PASSWORD).statusCode()).isEqualTo(200);
		assertThat(api.get("/api/admin/users/nobody", ADMIN, PASSWORD).statusCode()).isEqualTo(404);

		// the new editor can sign in and upload; wrong passwords are refused
		assertThat(api.get("/api/documents", "olena.editor", "first-password").statusCode()).isEqualTo(200);
		assertThat(api.get("/api/documents", "olena.editor", "wrong-password").statusCode()).isEqualTo(401);

		// demoted to member: reading is fine, editing is not
		HttpResponse<String> demoted = api.put("/api/admin/users/olena.editor", "{\"role\":\"MEMBER\"}", ADMIN,
				PASSWORD);
		assertThat(demoted.statusCode()).isEqualTo(200);
		assertThat(api.json(demoted).get("role").asString()).isEqualTo("MEMBER");
		assertThat(api.get("/api/documents", "olena.editor", "first-password").statusCode()).isEqualTo(403);
		assertThat(api.get("/api/search?q=x", "olena.editor", "first-password").statusCode()).isEqualTo(200);

		// a new password replaces the old one
		assertThat(api.put("/api/admin/users/olena.editor", "{\"password\":\"second-password\"}", ADMIN, PASSWORD)
			.statusCode()).isEqualTo(200);
		assertThat(api.get("/api/search?q=x", "olena.editor", "first-password").statusCode()).isEqualTo(401);
		assertThat(api.get("/api/search?q=x", "olena.editor", "second-password").statusCode()).isEqualTo(200);

		assertThat(api.delete("/api/admin/users/olena.editor", ADMIN, PASSWORD).statusCode()).isEqualTo(204);
		assertThat(api.get("/api/admin/users/olena.editor", ADMIN, PASSWORD).statusCode()).isEqualTo(404);
		assertThat(api.get("/api/search?q=x", "olena.editor", "second-password").statusCode()).isEqualTo(401);
		assertThat(api.delete("/api/admin/users/olena.editor", ADMIN, PASSWORD).statusCode()).isEqualTo(404);

		// every change is in the audit log
		String audit = api.get("/api/audit", ADMIN, PASSWORD).body();
		assertThat(audit).contains("create-user").contains("update-user").contains("delete-user");
	}

	@Test
	void badUserRequestsAnswer400Or409ProblemJson() {
		HttpResponse<String> invalid = api.post("/api/admin/users",
				"{\"username\":\"a b\",\"password\":\"short\",\"role\":\"SUPERUSER\"}", ADMIN, PASSWORD);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(api.json(invalid).get("detail").asString()).contains("username").contains("password").contains("role");
		assertThat(api.post("/api/admin/users", "{\"username\":\"x\"", ADMIN, PASSWORD).statusCode()).isEqualTo(400);
		assertThat(api.post("/api/admin/users", null, ADMIN, PASSWORD).statusCode()).isEqualTo(400);
		assertThat(api.post("/api/admin/users",
				"{\"username\":\"long\",\"password\":\"" + "ż".repeat(40) + "\",\"role\":\"MEMBER\"}", ADMIN, PASSWORD)
			.statusCode()).isEqualTo(400);

		assertThat(api.post("/api/admin/users", "{\"username\":\"twice\",\"password\":\"password-1\",\"role\":\"MEMBER\"}",
				ADMIN, PASSWORD).statusCode()).isEqualTo(201);
		HttpResponse<String> duplicate = api.post("/api/admin/users",
				"{\"username\":\"twice\",\"password\":\"password-2\",\"role\":\"EDITOR\"}", ADMIN, PASSWORD);
		assertThat(duplicate.statusCode()).isEqualTo(409);
		assertThat(duplicate.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(api.put("/api/admin/users/twice", "{\"username\":\"renamed\"}", ADMIN, PASSWORD).statusCode())
			.isEqualTo(400);
		assertThat(api.put("/api/admin/users/twice", "{}", ADMIN, PASSWORD).statusCode()).isEqualTo(400);
		assertThat(api.put("/api/admin/users/nobody", "{\"role\":\"MEMBER\"}", ADMIN, PASSWORD).statusCode())
			.isEqualTo(404);
		// members and editors cannot manage users; anonymous readers must sign in
		assertThat(api.get("/api/admin/users", "twice", "password-1").statusCode()).isEqualTo(403);
		assertThat(api.get("/api/admin/users").statusCode()).isEqualTo(401);
	}

	@Test
	void theLastAdminCanBeNeitherDeletedNorDemoted() {
		assertThat(api.delete("/api/admin/users/admin", ADMIN, PASSWORD).statusCode()).isEqualTo(409);
		HttpResponse<String> demote = api.put("/api/admin/users/admin", "{\"role\":\"EDITOR\"}", ADMIN, PASSWORD);
		assertThat(demote.statusCode()).isEqualTo(409);
		assertThat(api.json(demote).get("detail").asString()).contains("last admin");
		// with a second admin, one of them may go
		assertThat(api.post("/api/admin/users", "{\"username\":\"second.admin\",\"password\":\"password-2\",\"role\":\"ADMIN\"}",
				ADMIN, PASSWORD).statusCode()).isEqualTo(201);
		assertThat(api.put("/api/admin/users/second.admin", "{\"role\":\"MEMBER\"}", ADMIN, PASSWORD).statusCode())
			.isEqualTo(200);
		assertThat(api.delete("/api/admin/users/second.admin", ADMIN, PASSWORD).statusCode()).isEqualTo(204);
		assertThat(api.delete("/api/admin/users/admin", ADMIN, PASSWORD).statusCode()).isEqualTo(409);
	}

	@Test
	void fiveFailedBasicSignInsLockTheUserEvenWithTheRightPassword() {
		createUser("throttled", "right-password", "MEMBER");
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			assertThat(api.get("/api/search?q=x", "throttled", "wrong-" + i).statusCode()).isEqualTo(401);
		}
		HttpResponse<String> locked = api.get("/api/search?q=x", "throttled", "right-password");
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(locked.headers().firstValue("Retry-After")).isPresent();
		assertThat(api.json(locked).get("detail").asString()).contains("try again");
		// anonymous reading and other users are not affected
		assertThat(api.get("/api/search?q=x").statusCode()).isEqualTo(200);
		assertThat(api.get("/api/admin/users", ADMIN, PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void aSuccessfulSignInClearsEarlierFailures() {
		createUser("forgetful", "right-password", "MEMBER");
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
				assertThat(api.get("/api/search?q=x", "forgetful", "wrong").statusCode()).isEqualTo(401);
			}
			assertThat(api.get("/api/search?q=x", "forgetful", "right-password").statusCode()).isEqualTo(200);
		}
	}

	private void createUser(String username, String password, String role) {
		HttpResponse<String> created = api.post("/api/admin/users", "{\"username\":\"" + username + "\",\"password\":\""
				+ password + "\",\"role\":\"" + role + "\"}", ADMIN, PASSWORD);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}
}
