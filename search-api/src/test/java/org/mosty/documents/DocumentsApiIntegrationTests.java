package org.mosty.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mosty.config.MostyProperties;
import org.mosty.testing.ApiClient;
import org.mosty.testing.TestDataDirs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Upload, list, details and download over real HTTP, with the background ingest (no test hook):
 * an uploaded document must become searchable within seconds by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentsApiIntegrationTests {

	static final String ADMIN = "admin";

	static final String PASSWORD = "documents-admin-password";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("documents-api"));
		registry.add("mosty.admin.password", () -> PASSWORD);
		registry.add("mosty.samples", () -> "false");
		registry.add("mosty.ingest.poll-interval", () -> "1s");
		registry.add("mosty.upload.max-size", () -> "64KB");
		registry.add("mosty.upload.max-request-size", () -> "65KB");
	}

	@LocalServerPort
	int port;

	@Autowired
	MostyProperties mosty;

	ApiClient api;

	@BeforeEach
	void client() {
		api = new ApiClient(port);
	}

	@Test
	void anEditorsUploadIsIndexedWithinSecondsAndSearchable() throws Exception {
		byte[] text = "Poradnik: zezwolenie na pracę dla obywateli Ukrainy. Pracodawca składa powiadomienie w urzędzie pracy."
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> upload = api.upload("Poradnik — praca.txt", text,
				"{\"title\":\"Poradnik o pracy\",\"type\":\"guideline\",\"access\":\"PUBLIC\",\"topics\":[\"work-permit\"],"
						+ "\"organization\":\"Fundacja Testowa\",\"year\":2025}",
				ADMIN, PASSWORD);
		assertThat(upload.statusCode()).isEqualTo(202);
		JsonNode accepted = api.json(upload);
		assertThat(accepted.get("status").asString()).isEqualTo("PENDING");
		String id = accepted.get("id").asString();

		JsonNode doc = awaitStatus(id, "INDEXED", Duration.ofSeconds(30));
		assertThat(doc.get("language").asString()).isEqualTo("pl");
		assertThat(doc.get("languages").toString()).contains("pl");
		assertThat(doc.get("fileName").asString()).isEqualTo("Poradnik — praca.txt");
		assertThat(doc.get("failureReason").isNull()).isTrue();
		JsonNode report = doc.get("extraction");
		assertThat(report.get("characters").asInt()).isEqualTo(doc.get("textChars").asInt());
		assertThat(report.get("ocrUsed").asBoolean()).isFalse();
		assertThat(report.get("durationMillis").asLong()).isPositive();
		assertThat(report.get("failureCategory").isNull()).isTrue();

		HttpResponse<String> again = api.upload("copy.txt", text,
				"{\"title\":\"Copy\",\"type\":\"guideline\",\"access\":\"PUBLIC\"}", ADMIN, PASSWORD);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(api.json(again).get("id").asString()).isEqualTo(id);
		assertThat(api.json(again).get("duplicate").asBoolean()).isTrue();

		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		long total = 0;
		while (total == 0 && System.nanoTime() < deadline) {
			total = api.json(api.get("/api/search?q=" + ApiClient.encode("pracodawcy"))).get("total").asLong();
			Thread.sleep(200);
		}
		assertThat(total).isEqualTo(1);

		HttpResponse<byte[]> file = api.getBytes("/api/documents/" + id + "/file");
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).isEqualTo(text);
		assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
			.contains("filename*=UTF-8''");
		assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
	}

	@Test
	void aFileThatCannotBeExtractedEndsFailedWithAReason() throws Exception {
		HttpResponse<String> upload = api.upload("scan.pdf", "%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII),
				"{\"title\":\"Broken\",\"type\":\"report\",\"access\":\"PUBLIC\"}", ADMIN, PASSWORD);
		JsonNode doc = awaitStatus(api.json(upload).get("id").asString(), "FAILED", Duration.ofSeconds(30));
		assertThat(doc.get("failureReason").asString()).isNotBlank();
	}

	@Test
	void aFileWhoseContentIsNotADocumentAnswers415WhateverItsName() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1 };
		HttpResponse<String> upload = api.upload("report.pdf", png,
				"{\"title\":\"Not a PDF\",\"type\":\"report\",\"access\":\"PUBLIC\"}", ADMIN, PASSWORD);
		assertThat(upload.statusCode()).isEqualTo(415);
		assertThat(upload.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(api.json(upload).get("detail").asString()).contains("image/png").contains("PDF");
	}

	@Test
	void aFailedDocumentShowsItsCategoryAndReport() throws Exception {
		HttpResponse<String> upload = api.upload("blank.txt", "   \n\n   \n".getBytes(StandardCharsets.UTF_8),
				"{\"title\":\"Blank\",\"type\":\"report\",\"access\":\"PUBLIC\"}", ADMIN, PASSWORD);
		JsonNode doc = awaitStatus(api.json(upload).get("id").asString(), "FAILED", Duration.ofSeconds(30));
		assertThat(doc.get("failureCategory").asString()).isEqualTo("EMPTY_TEXT");
		assertThat(doc.get("failureReason").asString()).startsWith("empty text");
		assertThat(doc.get("extraction").get("characters").asInt()).isZero();
	}

	@Test
	void anonymousUsersCannotUploadOrListTheCatalogue() {
		HttpResponse<String> upload = api.upload("x.txt", "x".getBytes(StandardCharsets.UTF_8),
				"{\"title\":\"x\",\"type\":\"article\",\"access\":\"PUBLIC\"}");
		assertThat(upload.statusCode()).isEqualTo(401);
		assertThat(upload.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(api.get("/api/documents").statusCode()).isEqualTo(401);
		assertThat(api.upload("x.txt", "x".getBytes(StandardCharsets.UTF_8),
				"{\"title\":\"x\",\"type\":\"article\",\"access\":\"PUBLIC\"}", ADMIN, "wrong-password").statusCode())
			.isEqualTo(401);
	}

	@Test
	void editorsListTheCatalogueByStatus() {
		HttpResponse<String> list = api.get("/api/documents?status=indexed&page=1&size=5", ADMIN, PASSWORD);
		assertThat(list.statusCode()).isEqualTo(200);
		JsonNode page = api.json(list);
		assertThat(page.has("total")).isTrue();
		assertThat(page.get("items").isArray()).isTrue();
		page.get("items").forEach(item -> assertThat(item.get("status").asString()).isEqualTo("INDEXED"));
		assertThat(api.get("/api/documents?status=bogus", ADMIN, PASSWORD).statusCode()).isEqualTo(400);
		assertThat(api.get("/api/documents?size=1000", ADMIN, PASSWORD).statusCode()).isEqualTo(400);
	}

	@Test
	void badUploadsAnswer400WithEveryProblem() {
		HttpResponse<String> invalid = api.upload("x.txt", "x".getBytes(StandardCharsets.UTF_8),
				"{\"title\":\" \",\"type\":\"novel\",\"access\":\"PUBLIC\",\"topics\":[\"no-such-topic\"],\"year\":1200}",
				ADMIN, PASSWORD);
		assertThat(invalid.statusCode()).isEqualTo(400);
		JsonNode problem = api.json(invalid);
		assertThat(problem.get("errors")).hasSize(4);
		assertThat(problem.get("detail").asString()).contains("title").contains("type").contains("topics").contains("year");
		// the same problems as data (issue 20): field, stable code, arguments, English detail
		assertThat(problem.get("problems")).hasSize(4);
		List<String> codes = new ArrayList<>();
		problem.get("problems").forEach(member -> codes.add(member.get("field").asString() + " " + member.get("code").asString()));
		assertThat(codes).containsExactlyInAnyOrder("title title", "type choice", "topics topic", "year min");
		problem.get("problems").forEach(member -> {
			if (member.get("code").asString().equals("min")) {
				assertThat(member.get("arguments").get(0).asString()).isEqualTo("1900");
			}
			assertThat(member.get("detail").asString()).isNotBlank();
		});

		assertThat(api.upload("x.txt", "x".getBytes(StandardCharsets.UTF_8), "{not json", ADMIN, PASSWORD).statusCode())
			.isEqualTo(400);
		assertThat(api.upload("x.txt", "x".getBytes(StandardCharsets.UTF_8),
				"{\"title\":\"x\",\"type\":\"article\",\"access\":\"SECRET\"}", ADMIN, PASSWORD).statusCode())
			.isEqualTo(400);
		assertThat(api.upload(null, null, "{\"title\":\"x\",\"type\":\"article\",\"access\":\"PUBLIC\"}", ADMIN,
				PASSWORD).statusCode()).isEqualTo(400);
		assertThat(api.upload("x.txt", "x".getBytes(StandardCharsets.UTF_8), null, ADMIN, PASSWORD).statusCode())
			.isEqualTo(400);
	}

	@Test
	void uploadedFileNamesAreNeverUsedAsPaths() throws Exception {
		HttpResponse<String> upload = api.upload("../../../../tmp/x-mosty-escape.txt",
				"Plik z podejrzaną nazwą.".getBytes(StandardCharsets.UTF_8),
				"{\"title\":\"Nazwa\",\"type\":\"article\",\"access\":\"PUBLIC\"}", ADMIN, PASSWORD);
		assertThat(upload.statusCode()).isEqualTo(202);
		assertThat(Path.of("/tmp/x-mosty-escape.txt")).doesNotExist();
		Path data = mosty.dataPath();
		try (Stream<Path> files = Files.walk(data)) {
			assertThat(files.filter(path -> path.getFileName().toString().contains("x-mosty-escape"))).isEmpty();
		}
		JsonNode doc = api.json(api.get("/api/documents/" + api.json(upload).get("id").asString()));
		assertThat(doc.get("fileName").asString()).isEqualTo("x-mosty-escape.txt");
	}

	@Test
	void anUploadOverTheLimitAnswers413ProblemJson() {
		HttpResponse<String> response = api.upload("big.txt", new byte[100 * 1024],
				"{\"title\":\"Big\",\"type\":\"report\",\"access\":\"PUBLIC\"}", ADMIN, PASSWORD);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(api.json(response).get("detail").asString()).contains("limit");
	}

	@Test
	void unknownDocumentsAnswer404() {
		assertThat(api.get("/api/documents/01ARZ3NDEKTSV4RRFFQ69G5FAV").statusCode()).isEqualTo(404);
		assertThat(api.get("/api/documents/..%2F..%2Fetc%2Fpasswd/file").statusCode()).isIn(400, 404);
		assertThat(api.get("/api/documents/not-an-id").statusCode()).isEqualTo(404);
	}

	private JsonNode awaitStatus(String id, String status, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		JsonNode doc;
		do {
			doc = api.json(api.get("/api/documents/" + id));
			if (status.equals(doc.get("status").asString())) {
				return doc;
			}
			Thread.sleep(200);
		}
		while (System.nanoTime() < deadline);
		throw new AssertionError(id + " is " + doc.get("status") + " after " + timeout + ", not " + status);
	}
}
