package org.mosty.indexer.postgres;

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
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mosty.indexer.IndexerTestApplication;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.intake.DocumentRegistration;
import org.mosty.indexer.editorial.DocumentEditing;
import org.mosty.indexer.extraction.PipesTextExtractor;
import org.mosty.indexer.ingest.IngestLauncher;
import org.mosty.solr.SolrFields;
import org.mosty.testing.HeldExtractor;
import org.mosty.testing.Postgres;
import org.mosty.testing.SolrServers;
import org.mosty.testing.TestDataDirs;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Issue 18, item 1, with two workers on PostgreSQL: worker 1 extracts a document (held on a latch,
 * {@link HeldExtractor}) while an editor on worker 2 makes it RESTRICTED, withdraws it or posts a
 * new version. Before, worker 2's Solr write came first and worker 1 then wrote what it had read
 * before the change: a RESTRICTED document became PUBLIC in Solr, a withdrawn one searchable, a
 * new version's text lost. Worker 1 now checks its claim under the row lock before it writes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoWorkersRaceIntegrationTests {

	@Configuration(proxyBeanMethods = false)
	static class Held {

		@Bean
		@Primary
		HeldExtractor heldExtractor(PipesTextExtractor real) {
			return new HeldExtractor(real);
		}
	}

	private JettySolrRunner jetty;

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	private final ExecutorService background = Executors.newSingleThreadExecutor();

	@BeforeAll
	void start() throws Exception {
		Postgres.Server server = Postgres.require().freshSchema("race");
		jetty = SolrServers.startWithMostyCore("race-solr");
		String data = TestDataDirs.fresh("race"); // the shared file store
		first = worker(server, data, "race-1", Held.class);
		second = worker(server, data, "race-2");
	}

	private ConfigurableApplicationContext worker(Postgres.Server server, String data, String id, Class<?>... more) {
		List<Class<?>> sources = new java.util.ArrayList<>(List.of(IndexerTestApplication.class));
		sources.addAll(List.of(more));
		return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(Postgres.arguments(
				server.springArguments(), "--mosty.data-dir=" + data, "--mosty.samples=false", "--mosty.solr.mode=http",
				"--mosty.solr.url=" + jetty.getBaseUrl(), "--mosty.ingest.worker-id=" + id,
				"--mosty.ingest.poll-interval=0s", "--mosty.extraction.pool-size=1", "--spring.main.banner-mode=off"));
	}

	@AfterAll
	void stop() throws Exception {
		background.shutdownNow();
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { first, second }) {
			if (context != null) {
				context.close();
			}
		}
		if (jetty != null) {
			jetty.stop();
		}
	}

	@Test
	void anAccessChangeOnTheOtherWorkerDuringExtractionIsWhatSolrHolds() throws Exception {
		HeldExtractor.Hold held = first.getBean(HeldExtractor.class).hold("race-access.txt");
		String id = register("race-access.txt", "Notatka wewnętrzna. Słowo czaplowaty jest tylko tutaj.");
		Future<?> run = background.submit(() -> first.getBean(IngestLauncher.class).runNow());
		held.awaitStarted();

		second.getBean(DocumentEditing.class).updateMetadata(id, metadata("Notatka zastrzeżona", AccessLevel.RESTRICTED),
				"editor-on-worker-2");
		held.release();
		run.get(2, TimeUnit.MINUTES);

		SolrDocument indexed = solr().getById(id);
		assertThat((Object) indexed).isNotNull();
		assertThat(indexed.getFieldValue(SolrFields.ACCESS)).isEqualTo("RESTRICTED");
		assertThat(indexed.getFieldValue(SolrFields.TITLE)).isEqualTo("Notatka zastrzeżona");
		assertThat(catalogue().findById(id).orElseThrow().status()).isEqualTo(DocumentStatus.INDEXED);
	}

	@Test
	void aWithdrawalOnTheOtherWorkerDuringExtractionKeepsTheDocumentOutOfSolr() throws Exception {
		HeldExtractor.Hold held = first.getBean(HeldExtractor.class).hold("race-withdrawn.txt");
		String id = register("race-withdrawn.txt", "Dokument wycofany. Słowo bocianowaty jest tylko tutaj.");
		Future<?> run = background.submit(() -> first.getBean(IngestLauncher.class).runNow());
		held.awaitStarted();

		second.getBean(DocumentEditing.class).withdraw(id, "editor-on-worker-2");
		held.release();
		run.get(2, TimeUnit.MINUTES);
		solr().commit();

		assertThat((Object) solr().getById(id)).isNull();
		assertThat(solr().query(new SolrQuery(SolrFields.text("pl") + ":bocianowaty")).getResults().getNumFound())
			.isZero();
	}

	@Test
	void aNewVersionOnTheOtherWorkerDuringExtractionIsTheTextThatEndsSearchable() throws Exception {
		HeldExtractor.Hold held = first.getBean(HeldExtractor.class).hold("race-v1.txt");
		String id = register("race-v1.txt", "Pierwsza wersja. Słowo mewowaty jest tylko tutaj.");
		Future<?> run = background.submit(() -> first.getBean(IngestLauncher.class).runNow());
		held.awaitStarted();

		second.getBean(DocumentEditing.class).newVersion(id, new ByteArrayInputStream(
				"Druga wersja. Słowo rybitwowy zastępuje poprzednie.".getBytes(StandardCharsets.UTF_8)), "race-v2.txt",
				"editor-on-worker-2");
		held.release();
		run.get(2, TimeUnit.MINUTES);
		// whichever worker takes the document again, the new file is what ends indexed
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (catalogue().findById(id).orElseThrow().status() == DocumentStatus.PENDING
				&& System.nanoTime() < deadline) {
			if (first.getBean(IngestLauncher.class).runNow() == null) {
				second.getBean(IngestLauncher.class).runNow();
			}
		}
		solr().commit();
		assertThat(catalogue().findById(id).orElseThrow().status()).isEqualTo(DocumentStatus.INDEXED);
		assertThat(catalogue().text(id).orElseThrow()).contains("rybitwowy").doesNotContain("mewowaty");
		assertThat(solr().query(new SolrQuery(SolrFields.text("pl") + ":rybitwowy")).getResults().getNumFound())
			.isEqualTo(1);
		assertThat(solr().query(new SolrQuery(SolrFields.text("pl") + ":mewowaty")).getResults().getNumFound())
			.isZero();
	}

	private String register(String fileName, String text) {
		return first.getBean(DocumentRegistration.class)
			.register(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), fileName,
					metadata(fileName, AccessLevel.PUBLIC))
			.id();
	}

	private SolrClient solr() {
		return first.getBean(SolrClient.class);
	}

	private Catalogue catalogue() {
		return second.getBean(Catalogue.class);
	}

	private static DocumentMetadata metadata(String title, AccessLevel access) {
		return new DocumentMetadata(title, "report", access, List.of(), null, 2025, null, null, null, null, "pl");
	}
}
