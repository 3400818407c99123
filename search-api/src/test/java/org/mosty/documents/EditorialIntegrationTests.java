package org.mosty.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mosty.testing.ApiClient.encode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.solr.SolrFields;
import org.mosty.testing.ApiClient;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.TestDataDirs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The editorial workflow over real HTTP with the sample library: metadata edits reindexed within
 * seconds from the kept text, file versions, withdraw and restore, retry of failed documents,
 * the audit log, the ingest dashboard and {@code reindexJob} while searches keep running.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorialIntegrationTests {

	static final String ADMIN = "admin";

	static final String PASSWORD = "editorial-admin-password";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("editorial"));
		registry.add("mosty.admin.password", () -> PASSWORD);
		registry.add("mosty.security.bcrypt-strength", () -> "4");
		registry.add("mosty.ingest.poll-interval", () -> "1s");
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Catalogue catalogue;

	@Autowired
	SolrClient solr;

	ApiClient api;

	@BeforeEach
	void samplesIndexed() {
		api = new ApiClient(port);
		IngestAwait.untilIdle(context, Duration.ofMinutes(3));
	}

	@Test
	void aMetadataEditIsSearchableWithinSecondsWithoutExtractingAgain() throws Exception {
		String id = uploadAndIndex("edycja.txt", "Poradnik o nauce języka polskiego dla dorosłych. Słowo żurawinowy.",
				"{\"title\":\"Stary tytuł\",\"type\":\"guideline\",\"access\":\"PUBLIC\",\"language\":\"pl\"}");
		JsonNode before = document(id);
		String edited = """
				{"title":"","titles":{"pl":"Poradnik kolibrowy","uk":"Посібник колібрі","en":"Hummingbird guide"},
				 "type":"training-material","access":"PUBLIC","topics":["education"],
				 "organization":"Fundacja Koliber","published":"2024-05-17","region":"pomorskie","city":"Gdańsk",
				 "audience":["teachers"],"targetGroups":["adults"],"authors":["Anna Kowalska"],
				 "license":"CC BY 4.0","sourceUrl":"https://example.org/koliber","validAsOf":"2024-05-01",
				 "language":"pl"}
				""";
		HttpResponse<String> response = api.put("/api/documents/" + id, edited, ADMIN, PASSWORD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode view = api.json(response);
		assertThat(view.get("title").asString()).isEqualTo("Poradnik kolibrowy");
		assertThat(view.get("metadata").get("year").asInt()).isEqualTo(2024);
		assertThat(view.get("metadata").get("titles").get("uk").asString()).isEqualTo("Посібник колібрі");

		// searchable by the new title words in every language, the new organisation and type, without commit
		assertThat(awaitSearch("q=" + encode("kolibrowy"), result -> ids(result).contains(id))).isTrue();
		assertThat(awaitSearch("q=" + encode("колібрі"), result -> ids(result).contains(id))).isTrue();
		assertThat(awaitSearch("q=" + encode("hummingbird"), result -> ids(result).contains(id))).isTrue();
		JsonNode filtered = search("f.organization=" + encode("Fundacja Koliber") + "&f.type=training-material"
				+ "&f.region=pomorskie&f.year=2024");
		assertThat(ids(filtered)).containsExactly(id);
		// the text was not extracted again: the catalogue's indexing time and text are unchanged
		JsonNode after = document(id);
		assertThat(after.get("indexedAt").asString()).isEqualTo(before.get("indexedAt").asString());
		assertThat(after.get("textChars").asInt()).isEqualTo(before.get("textChars").asInt());
		assertThat(search("q=" + encode("żurawinowy")).get("total").asLong()).isEqualTo(1);

		// the organisation joined the authority list, and anyone may complete it
		JsonNode organizations = api.json(api.get("/api/organizations?q=kol"));
		assertThat(organizations.get("organizations").toString()).contains("Fundacja Koliber");
		assertThat(api.json(api.get("/api/organizations?q=" + encode("koliber"))).get("organizations").toString())
			.contains("Fundacja Koliber");
		assertThat(api.get("/api/organizations?q=" + "x".repeat(200)).statusCode()).isEqualTo(400);

		// an edit that makes it RESTRICTED hides it from readers within seconds
		HttpResponse<String> restricted = api.put("/api/documents/" + id,
				edited.replace("\"access\":\"PUBLIC\"", "\"access\":\"RESTRICTED\""), ADMIN, PASSWORD);
		assertThat(restricted.statusCode()).isEqualTo(200);
		assertThat(awaitSearch("q=" + encode("kolibrowy"), result -> result.get("total").asLong() == 0)).isTrue();
		assertThat(api.get("/api/documents/" + id).statusCode()).isEqualTo(404);

		JsonNode audit = api.json(api.get("/api/audit?documentId=" + id, ADMIN, PASSWORD));
		List<String> actions = new ArrayList<>();
		audit.forEach(entry -> actions.add(entry.get("action").asString()));
		assertThat(actions).containsExactly("edit-metadata", "edit-metadata", "upload");
		assertThat(audit.get(0).get("username").asString()).isEqualTo(ADMIN);
		assertThat(audit.get(0).get("details").asString()).contains("access: PUBLIC → RESTRICTED");
		assertThat(audit.get(1).get("details").asString()).contains("organization: null → Fundacja Koliber");
		assertThat(audit.get(0).get("at").asString()).isNotBlank();
	}

	@Test
	void invalidEditsAnswer400WithEveryProblemAndChangeNothing() {
		String id = uploadAndIndex("walidacja.txt", "Tekst do sprawdzenia walidacji metadanych.",
				"{\"title\":\"Walidacja\",\"type\":\"report\",\"access\":\"PUBLIC\"}");
		HttpResponse<String> response = api.put("/api/documents/" + id, """
				{"titles":{"de":"Titel"},"type":"novel","access":"PUBLIC","region":"bawaria",
				 "sourceUrl":"javascript:alert(1)","published":"2024-01-01","year":2020,"topics":["no-such-topic"]}
				""", ADMIN, PASSWORD);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		String detail = api.json(response).get("detail").asString();
		assertThat(detail).contains("title").contains("titles").contains("type").contains("region")
			.contains("sourceUrl").contains("year").contains("topics");
		assertThat(api.json(response).get("errors").size()).isGreaterThanOrEqualTo(7);
		assertThat(api.put("/api/documents/" + id, "{not json", ADMIN, PASSWORD).statusCode()).isEqualTo(400);
		assertThat(api.put("/api/documents/" + id, "{\"title\":\"x\",\"type\":\"report\",\"access\":\"PUBLIC\","
				+ "\"published\":\"yesterday\"}", ADMIN, PASSWORD).statusCode()).isEqualTo(400);
		assertThat(api.put("/api/documents/01ARZ3NDEKTSV4RRFFQ69G5FAV",
				"{\"title\":\"x\",\"type\":\"report\",\"access\":\"PUBLIC\"}", ADMIN, PASSWORD).statusCode())
			.isEqualTo(404);
		assertThat(document(id).get("title").asString()).isEqualTo("Walidacja");
		// uploads check the new fields the same way
		HttpResponse<String> upload = api.upload("x.txt", "x".getBytes(StandardCharsets.UTF_8),
				"{\"titles\":{\"en\":\" \"},\"type\":\"report\",\"access\":\"PUBLIC\",\"region\":\"texas\"}", ADMIN,
				PASSWORD);
		assertThat(upload.statusCode()).isEqualTo(400);
		assertThat(api.json(upload).get("detail").asString()).contains("title").contains("region");
	}

	@Test
	void aNewVersionReplacesTheSearchableTextAndKeepsThePreviousFileForEditors() throws Exception {
		byte[] first = "Pierwsza wersja poradnika. Słowo pelikanowy występuje tylko tutaj.".getBytes(StandardCharsets.UTF_8);
		byte[] second = "Druga wersja poradnika. Słowo flamingowy zastępuje poprzednie.".getBytes(StandardCharsets.UTF_8);
		String id = uploadAndIndex("wersja-1.txt", new String(first, StandardCharsets.UTF_8),
				"{\"title\":\"Poradnik w wersjach\",\"type\":\"guideline\",\"access\":\"PUBLIC\",\"language\":\"pl\"}");
		assertThat(search("q=pelikanowy").get("total").asLong()).isEqualTo(1);

		HttpResponse<String> accepted = api.uploadFile("/api/documents/" + id + "/versions", "wersja-2.txt", second,
				ADMIN, PASSWORD);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		assertThat(api.json(accepted).get("version").asInt()).isEqualTo(2);
		IngestAwait.untilIdle(context, Duration.ofMinutes(1));
		JsonNode doc = document(id);
		assertThat(doc.get("status").asString()).isEqualTo("INDEXED");
		assertThat(doc.get("version").asInt()).isEqualTo(2);
		assertThat(doc.get("fileName").asString()).isEqualTo("wersja-2.txt");
		assertThat(search("q=flamingowy").get("total").asLong()).isEqualTo(1);
		assertThat(search("q=pelikanowy").get("total").asLong()).isZero();

		JsonNode versions = api.json(api.get("/api/documents/" + id + "/versions", ADMIN, PASSWORD));
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
		assertThat(versions.get(0).get("current").asBoolean()).isTrue();
		assertThat(versions.get(1).get("fileName").asString()).isEqualTo("wersja-1.txt");
		assertThat(versions.get(1).get("replacedBy").asString()).isEqualTo(ADMIN);
		assertThat(versions.get(1).get("fileUrl").asString()).isEqualTo("/api/documents/" + id + "/versions/1/file");
		assertThat(versions.toString()).doesNotContain("pelikanowy");
		assertThat(api.getBytes("/api/documents/" + id + "/versions/1/file", ADMIN, PASSWORD).body()).isEqualTo(first);
		assertThat(api.getBytes("/api/documents/" + id + "/versions/2/file", ADMIN, PASSWORD).body()).isEqualTo(second);
		assertThat(api.getBytes("/api/documents/" + id + "/file").body()).isEqualTo(second);
		assertThat(api.get("/api/documents/" + id + "/versions/3/file", ADMIN, PASSWORD).statusCode()).isEqualTo(404);
		assertThat(api.getBytes("/api/documents/" + id + "/versions/1/file").statusCode()).isEqualTo(401);
		assertThat(auditActions(id)).containsExactly("new-version", "upload");

		// a new version passes the upload's checks: content sniffed, no empty file, not the same bytes
		HttpResponse<String> picture = api.uploadFile("/api/documents/" + id + "/versions", "wersja.pdf",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R' },
				ADMIN, PASSWORD);
		assertThat(picture.statusCode()).as(picture.body()).isEqualTo(415);
		assertThat(api.uploadFile("/api/documents/" + id + "/versions", "pusty.txt", new byte[0], ADMIN, PASSWORD)
			.statusCode()).isEqualTo(400);
		HttpResponse<String> same = api.uploadFile("/api/documents/" + id + "/versions", "znowu.txt", second, ADMIN,
				PASSWORD);
		assertThat(same.statusCode()).as(same.body()).isEqualTo(409);
		assertThat(document(id).get("version").asInt()).isEqualTo(2);
		assertThat(auditActions(id)).containsExactly("new-version", "upload");

		// a new version that cannot be extracted leaves the previous text searchable...
		assertThat(api.uploadFile("/api/documents/" + id + "/versions", "wersja-3.pdf",
				"%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII), ADMIN, PASSWORD).statusCode()).isEqualTo(202);
		IngestAwait.untilIdle(context, Duration.ofMinutes(1));
		assertThat(document(id).get("status").asString()).isEqualTo("FAILED");
		assertThat(search("q=flamingowy").get("total").asLong()).isEqualTo(1);
		// ...and a metadata edit still applies to it at once: access above all
		assertThat(api.put("/api/documents/" + id,
				"{\"title\":\"Poradnik w wersjach\",\"type\":\"guideline\",\"access\":\"MEMBERS\",\"language\":\"pl\"}",
				ADMIN, PASSWORD).statusCode()).isEqualTo(200);
		assertThat(awaitSearch("q=flamingowy", result -> result.get("total").asLong() == 0)).isTrue();
		assertThat(api.json(api.get("/api/search?q=flamingowy", ADMIN, PASSWORD)).get("total").asLong()).isEqualTo(1);
	}

	@Test
	void aWithdrawnDocumentLeavesTheIndexAndComesBackOnRestore() throws Exception {
		String id = uploadAndIndex("wycofany.txt", "Ulotka o kursach językowych. Słowo albatrosowy jest tylko tu.",
				"{\"title\":\"Ulotka do wycofania\",\"type\":\"leaflet\",\"access\":\"PUBLIC\",\"language\":\"pl\"}");
		assertThat(search("q=albatrosowy").get("total").asLong()).isEqualTo(1);
		assertThat(api.delete("/api/documents/" + id, ADMIN, PASSWORD).statusCode()).isEqualTo(204);
		assertThat(awaitSearch("q=albatrosowy", result -> result.get("total").asLong() == 0)).isTrue();
		assertThat(api.get("/api/documents/" + id).statusCode()).isEqualTo(404);
		assertThat(api.getBytes("/api/documents/" + id + "/file").statusCode()).isEqualTo(404);
		JsonNode kept = document(id);
		assertThat(kept.get("withdrawnAt").isNull()).isFalse();
		assertThat(kept.get("status").asString()).isEqualTo("INDEXED");
		assertThat(api.delete("/api/documents/" + id, ADMIN, PASSWORD).statusCode()).isEqualTo(409);

		HttpResponse<String> restored = api.post("/api/documents/" + id + "/restore", null, ADMIN, PASSWORD);
		assertThat(restored.statusCode()).isEqualTo(200);
		assertThat(api.json(restored).get("withdrawnAt").isNull()).isTrue();
		assertThat(awaitSearch("q=albatrosowy", result -> ids(result).contains(id))).isTrue();
		assertThat(api.get("/api/documents/" + id).statusCode()).isEqualTo(200);
		assertThat(api.post("/api/documents/" + id + "/restore", null, ADMIN, PASSWORD).statusCode()).isEqualTo(409);
		assertThat(auditActions(id)).containsExactly("restore", "withdraw", "upload");
	}

	@Test
	void theDashboardShowsRunsAndFailuresAndAFailedDocumentCanBeRetried() {
		HttpResponse<String> upload = api.upload("zepsuty.pdf", "%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII),
				"{\"title\":\"Zepsuty plik\",\"type\":\"report\",\"access\":\"PUBLIC\"}", ADMIN, PASSWORD);
		String id = api.json(upload).get("id").asString();
		IngestAwait.untilIdle(context, Duration.ofMinutes(1));
		assertThat(document(id).get("status").asString()).isEqualTo("FAILED");

		JsonNode dashboard = api.json(api.get("/api/ingest/runs", ADMIN, PASSWORD));
		assertThat(dashboard.get("failedTotal").asLong()).isGreaterThanOrEqualTo(1);
		JsonNode failed = null;
		for (JsonNode candidate : dashboard.get("failed")) {
			if (candidate.get("id").asString().equals(id)) {
				failed = candidate;
			}
		}
		assertThat(failed).isNotNull();
		assertThat(failed.get("failureReason").asString()).isNotBlank();
		assertThat(failed.get("fileName").asString()).isEqualTo("zepsuty.pdf");
		long skipped = 0;
		long written = 0;
		for (JsonNode run : dashboard.get("runs")) {
			assertThat(run.get("job").asString()).isIn("ingestJob", "reindexJob");
			assertThat(run.get("status").asString()).isNotBlank();
			assertThat(run.has("startedAt")).isTrue();
			if (run.get("job").asString().equals("ingestJob")) {
				skipped += run.get("skipped").asLong();
				written += run.get("written").asLong();
			}
		}
		assertThat(skipped).isGreaterThanOrEqualTo(1);
		assertThat(written).isGreaterThanOrEqualTo(1);
		assertThat(api.get("/api/ingest/runs?limit=0", ADMIN, PASSWORD).statusCode()).isEqualTo(400);

		HttpResponse<String> retry = api.post("/api/documents/" + id + "/retry", null, ADMIN, PASSWORD);
		assertThat(retry.statusCode()).isEqualTo(202);
		assertThat(api.json(retry).get("status").asString()).isEqualTo("PENDING");
		IngestAwait.untilIdle(context, Duration.ofMinutes(1));
		// still broken, so FAILED again, and the retry is on record
		assertThat(document(id).get("status").asString()).isEqualTo("FAILED");
		assertThat(auditActions(id)).containsExactly("retry", "upload");
		String indexed = ids(search("q=" + encode("uchodźców"))).get(0);
		assertThat(api.post("/api/documents/" + indexed + "/retry", null, ADMIN, PASSWORD).statusCode()).isEqualTo(409);
	}

	@Test
	void theReindexJobRebuildsTheIndexWhileSearchesKeepAnswering() throws Exception {
		// a document the catalogue does not know: the rebuild must remove it
		SolrInputDocument stray = new SolrInputDocument();
		stray.setField(SolrFields.ID, "01STRAYSTRAYSTRAYSTRAYSTRA");
		stray.setField(SolrFields.TITLE, "Stray");
		stray.setField(SolrFields.ACCESS, "PUBLIC");
		stray.setField(SolrFields.INDEXED_AT, new Date(0));
		stray.setField(SolrFields.text("pl"), "zabłąkany dokument");
		solr.add(stray);
		solr.commit();
		long strayTotal = search("").get("total").asLong();
		assertThat(search("q=" + encode("zabłąkany")).get("total").asLong()).isEqualTo(1);
		long expectedTotal = strayTotal - 1;
		long refugees = search("q=" + encode("uchodźców")).get("total").asLong();
		assertThat(refugees).isPositive();

		AtomicInteger searches = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		AtomicReference<String> firstFailure = new AtomicReference<>();
		AtomicReference<Boolean> running = new AtomicReference<>(true);
		Thread searcher = new Thread(() -> {
			ApiClient client = new ApiClient(port);
			while (running.get()) {
				HttpResponse<String> response = client.get("/api/search?q=" + encode("uchodźców"));
				searches.incrementAndGet();
				if (response.statusCode() != 200 || client.json(response).get("total").asLong() < refugees) {
					failures.incrementAndGet();
					firstFailure.compareAndSet(null, response.statusCode() + " " + response.body());
				}
			}
		});
		searcher.start();
		long executionId;
		JsonNode run;
		try {
			HttpResponse<String> started = api.post("/api/admin/reindex", null, ADMIN, PASSWORD);
			assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
			executionId = api.json(started).get("executionId").asLong();
			long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			do {
				Thread.sleep(100);
				run = api.json(api.get("/api/ingest/runs/" + executionId, ADMIN, PASSWORD));
			}
			while (!List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(run.get("status").asString())
					&& System.nanoTime() < deadline);
			Thread.sleep(300); // a few more searches after the end
		}
		finally {
			running.set(false);
			searcher.join();
		}
		assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("COMPLETED");
		assertThat(run.get("job").asString()).isEqualTo("reindexJob");
		// the launcher, not the controller, records who started it (issue 20: one owner for auditing)
		JsonNode audit = api.json(api.get("/api/audit?limit=20", ADMIN, PASSWORD));
		List<String> reindexes = new ArrayList<>();
		audit.forEach(entry -> {
			if (entry.get("action").asString().equals("reindex")) {
				reindexes.add(entry.get("username").asString() + " " + entry.get("details").asString());
			}
		});
		assertThat(reindexes).contains(ADMIN + " execution " + executionId);
		System.out.printf("reindexJob: %d documents, %s to %s, %d searches during and just after it, %d failed%n",
				run.get("read").asLong(), run.get("startedAt").asString(), run.get("endedAt").asString(), searches.get(),
				failures.get());
		assertThat(failures.get()).as(firstFailure.get()).isZero();
		assertThat(searches.get()).isPositive();
		// every document with kept text, not withdrawn, was read from the catalogue and written, nothing else
		long indexable = context.getBean(org.mosty.indexer.catalogue.EditorialRecords.class).indexableIds().size();
		assertThat(run.get("read").asLong()).isEqualTo(indexable);
		assertThat(run.get("written").asLong()).isEqualTo(run.get("read").asLong());
		assertThat(run.get("total").asLong()).isEqualTo(indexable);

		assertThat(search("q=" + encode("zabłąkany")).get("total").asLong()).isZero();
		assertThat(search("").get("total").asLong()).isEqualTo(expectedTotal);
		assertThat(search("q=" + encode("uchodźców")).get("total").asLong()).isEqualTo(refugees);
		// the run is listed on the dashboard with its counts
		boolean listed = false;
		for (JsonNode candidate : api.json(api.get("/api/ingest/runs", ADMIN, PASSWORD)).get("runs")) {
			listed |= candidate.get("id").asLong() == executionId;
		}
		assertThat(listed).isTrue();
		assertThat(api.get("/api/ingest/runs/999999", ADMIN, PASSWORD).statusCode()).isEqualTo(404);
	}

	@Test
	void theOrganisationListIsFilledFromTheCatalogueWhenEmptyAndCompletesForAnyone() throws Exception {
		// the samples' publishers were learnt on registration: editors see the authority list
		assertThat(api.json(api.get("/api/organizations?q=baltic", ADMIN, PASSWORD)).get("organizations").toString())
			.contains("Baltic Bridges Legal Clinic");
		context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class).sql("delete from organization").update();
		assertThat(api.json(api.get("/api/organizations?q=baltic", ADMIN, PASSWORD)).get("organizations")).isEmpty();
		context.getBean("organizationsBackfill", org.springframework.boot.ApplicationRunner.class).run(null);
		JsonNode completed = api.json(api.get("/api/organizations?q=" + encode("legal"), ADMIN, PASSWORD));
		assertThat(completed.get("organizations").toString()).contains("Baltic Bridges Legal Clinic");
		assertThat(api.json(api.get("/api/organizations?q=%25", ADMIN, PASSWORD)).get("organizations")).isEmpty();
		assertThat(api.json(api.get("/api/organizations?limit=3", ADMIN, PASSWORD)).get("organizations")).hasSize(3);
		assertThat(api.get("/api/organizations?limit=500").statusCode()).isEqualTo(400);
		// anyone else completes from the organisations of the documents they may see (issue 18)
		assertThat(api.json(api.get("/api/organizations?q=" + encode("legal"))).get("organizations").toString())
			.contains("Baltic Bridges Legal Clinic");
		assertThat(api.json(api.get("/api/organizations?q=%25")).get("organizations")).isEmpty();
		assertThat(api.json(api.get("/api/organizations?limit=3")).get("organizations")).hasSize(3);
	}

	private String uploadAndIndex(String fileName, String text, String metadata) {
		HttpResponse<String> upload = api.upload(fileName, text.getBytes(StandardCharsets.UTF_8), metadata, ADMIN,
				PASSWORD);
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
		String id = api.json(upload).get("id").asString();
		IngestAwait.untilIdle(context, Duration.ofMinutes(1));
		assertThat(document(id).get("status").asString()).isEqualTo("INDEXED");
		return id;
	}

	private JsonNode document(String id) {
		HttpResponse<String> response = api.get("/api/documents/" + id, ADMIN, PASSWORD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return api.json(response);
	}

	private List<String> auditActions(String id) {
		List<String> actions = new ArrayList<>();
		api.json(api.get("/api/audit?documentId=" + id, ADMIN, PASSWORD))
			.forEach(entry -> actions.add(entry.get("action").asString()));
		return actions;
	}

	private JsonNode search(String parameters) {
		HttpResponse<String> response = api.get("/api/search?" + parameters + "&size=100");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return api.json(response);
	}

	/** Searches (anonymous, no explicit commit) until the condition holds or 10 s pass. */
	private boolean awaitSearch(String parameters, Predicate<JsonNode> condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.test(search(parameters))) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}

	private static List<String> ids(JsonNode result) {
		List<String> ids = new ArrayList<>();
		result.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
		return ids;
	}
}
