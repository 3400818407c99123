package org.mosty.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.intake.DocumentRegistration;
import org.mosty.indexer.editorial.DocumentEditing;
import org.mosty.indexer.extraction.PipesTextExtractor;
import org.mosty.solr.SolrFields;
import org.mosty.testing.HeldExtractor;
import org.mosty.testing.TestDataDirs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 18, item 1: an editor's change made while the ingest job is extracting the document. The
 * extraction of the files a test names stops on a latch ({@link HeldExtractor}) (a real Tika extraction, held before it
 * returns), the change is made, the latch is opened, and the run must not write what it read
 * before the change: a new version's text, an access level and a withdrawal all win.
 */
@SpringBootTest
class IngestRaceIntegrationTests {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("ingest-race"));
		registry.add("mosty.samples", () -> "false");
		registry.add("mosty.ingest.poll-interval", () -> "0s");
	}

	@TestConfiguration
	static class Held {

		@Bean
		@Primary
		HeldExtractor heldExtractor(PipesTextExtractor real) {
			return new HeldExtractor(real);
		}
	}

	@Autowired
	HeldExtractor extractor;

	@Autowired
	DocumentRegistration registration;

	@Autowired
	DocumentEditing editing;

	@Autowired
	Catalogue catalogue;

	@Autowired
	IngestLauncher ingest;

	@Autowired
	SolrClient solr;

	private final ExecutorService background = Executors.newSingleThreadExecutor();

	@AfterEach
	void stop() {
		background.shutdownNow();
	}

	@Test
	void aNewVersionPostedDuringExtractionIsTheTextThatEndsSearchable() throws Exception {
		HeldExtractor.Hold held = extractor.hold("hold-v1.txt");
		String id = register("hold-v1.txt", "Pierwsza wersja. Słowo albatrosowy jest tylko tutaj.", AccessLevel.PUBLIC);
		Future<?> run = runIngestInBackground();
		held.awaitStarted();

		editing.newVersion(id, stream("Druga wersja. Słowo burzykowy zastępuje poprzednie."), "v2.txt", "editor");
		held.release();
		run.get(2, TimeUnit.MINUTES);
		untilIdle();

		CatalogueDocument document = catalogue.findById(id).orElseThrow();
		assertThat(document.status()).isEqualTo(DocumentStatus.INDEXED);
		assertThat(document.fileName()).isEqualTo("v2.txt");
		assertThat(catalogue.text(id).orElseThrow()).contains("burzykowy").doesNotContain("albatrosowy");
		assertThat(found("burzykowy")).containsExactly(id);
		assertThat(found("albatrosowy")).isEmpty();
	}

	@Test
	void anAccessChangeDuringExtractionIsWhatSolrHolds() throws Exception {
		HeldExtractor.Hold held = extractor.hold("hold-access.txt");
		String id = register("hold-access.txt", "Notatka wewnętrzna. Słowo kormoranowy jest tylko tutaj.",
				AccessLevel.PUBLIC);
		Future<?> run = runIngestInBackground();
		held.awaitStarted();

		editing.updateMetadata(id, metadata("Notatka wewnętrzna", AccessLevel.RESTRICTED), "editor");
		held.release();
		run.get(2, TimeUnit.MINUTES);
		untilIdle();

		SolrDocument indexed = solr.getById(id);
		assertThat((Object) indexed).isNotNull();
		assertThat(indexed.getFieldValue(SolrFields.ACCESS)).isEqualTo("RESTRICTED");
		assertThat(indexed.getFieldValue(SolrFields.TITLE)).isEqualTo("Notatka wewnętrzna");
		assertThat(catalogue.findById(id).orElseThrow().status()).isEqualTo(DocumentStatus.INDEXED);
	}

	@Test
	void aWithdrawalDuringExtractionKeepsTheDocumentOutOfSolr() throws Exception {
		HeldExtractor.Hold held = extractor.hold("hold-withdrawn.txt");
		String id = register("hold-withdrawn.txt", "Dokument wycofany. Słowo pelikanowaty jest tylko tutaj.",
				AccessLevel.PUBLIC);
		Future<?> run = runIngestInBackground();
		held.awaitStarted();

		editing.withdraw(id, "editor");
		held.release();
		run.get(2, TimeUnit.MINUTES);
		solr.commit();

		assertThat((Object) solr.getById(id)).isNull();
		assertThat(found("pelikanowaty")).isEmpty();
		// it waits, PENDING, for a restore; then the file is taken again and indexed
		assertThat(catalogue.findById(id).orElseThrow().status()).isEqualTo(DocumentStatus.PENDING);
		editing.restore(id, "editor");
		untilIdle();
		assertThat(found("pelikanowaty")).containsExactly(id);
	}

	@Test
	void theFailureOfAReplacedFileDoesNotFailTheNewVersion() throws Exception {
		HeldExtractor.Hold held = extractor.hold("hold-broken.txt", true);
		String id = register("hold-broken.txt", "Plik, którego odczyt się nie uda.", AccessLevel.PUBLIC);
		Future<?> run = runIngestInBackground();
		held.awaitStarted();

		editing.newVersion(id, stream("Poprawiona wersja. Słowo rybołowowy jest tutaj."), "fixed.txt", "editor");
		held.release();
		run.get(2, TimeUnit.MINUTES);
		untilIdle();

		CatalogueDocument document = catalogue.findById(id).orElseThrow();
		assertThat(document.status()).as(String.valueOf(document.failureReason())).isEqualTo(DocumentStatus.INDEXED);
		assertThat(found("rybołowowy")).containsExactly(id);
	}

	private Future<?> runIngestInBackground() {
		return background.submit(() -> ingest.runNow());
	}

	private void untilIdle() throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (catalogue.hasPending() && System.nanoTime() < deadline) {
			ingest.runNow();
		}
		assertThat(catalogue.pendingIds()).isEmpty();
		solr.commit();
	}

	private List<String> found(String word) throws Exception {
		return solr.query(new SolrQuery(SolrFields.text("pl") + ":" + word).setFields(SolrFields.ID))
			.getResults()
			.stream()
			.map(doc -> doc.getFirstValue(SolrFields.ID).toString())
			.toList();
	}

	private String register(String fileName, String text, AccessLevel access) {
		return registration.register(stream(text), fileName, metadata(fileName, access)).id();
	}

	private static ByteArrayInputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static DocumentMetadata metadata(String title, AccessLevel access) {
		return new DocumentMetadata(title, "report", access, List.of(), null, 2025, null, null, null, null, "pl",
				null, null, null, null, null, null, null);
	}
}
