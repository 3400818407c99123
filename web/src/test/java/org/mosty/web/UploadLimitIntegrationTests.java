package org.mosty.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mosty.testing.ApiClient;
import org.mosty.testing.TestDataDirs;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A file over the upload limit (20 KB here, no sample library: a small application): the editor's
 * browser gets the error page in its language with the limit and a way back to the form, 413; the
 * API keeps answering problem+json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "mosty.upload.max-size=20KB", "mosty.samples=false", "mosty.security.bcrypt-strength=4" })
class UploadLimitIntegrationTests {

	static final String PASSWORD = "limit-admin-password";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("web-upload-limit"));
		registry.add("mosty.admin.password", () -> PASSWORD);
	}

	@LocalServerPort
	int port;

	@Test
	void aFileOverTheLimitGivesTheLocalizedPageWithTheLimitAndTheApiProblemJson() {
		WebSession editor = WebSession.signedIn(port, "admin", PASSWORD);
		String form = editor.get("/editor/upload?lang=uk").body();
		HttpResponse<String> upload = editor.postMultipart("/editor/upload?lang=uk",
				Map.of("_csrf", WebSession.csrf(form), "title", "Великий звіт", "type", "report", "access", "PUBLIC"),
				"files", "big.txt", new byte[50 * 1024]);
		assertThat(upload.statusCode()).isEqualTo(413);
		assertThat(upload.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(upload.body()).contains("<html lang=\"uk\"")
			.contains("<h1>Файл завеликий</h1>")
			.contains("Обмеження: 20 КБ.")
			.contains("href=\"/editor/upload?lang=uk\"");

		HttpResponse<String> version = editor.postMultipart("/editor/documents/01ARZ3NDEKTSV4RRFFQ69G5FAV/version?lang=en",
				Map.of("_csrf", WebSession.csrf(form)), "file", "big.txt", new byte[50 * 1024]);
		assertThat(version.statusCode()).isEqualTo(413);
		assertThat(version.body()).contains("<h1>File too large</h1>")
			.contains("Limit: 20 KB.")
			.contains("href=\"/documents/01ARZ3NDEKTSV4RRFFQ69G5FAV?lang=en\"");

		ApiClient api = new ApiClient(port);
		HttpResponse<String> apiUpload = api.upload("big.txt", new byte[50 * 1024],
				"{\"title\":\"Big\",\"type\":\"report\",\"access\":\"PUBLIC\"}", "admin", PASSWORD);
		assertThat(apiUpload.statusCode()).isEqualTo(413);
		assertThat(apiUpload.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}
}
