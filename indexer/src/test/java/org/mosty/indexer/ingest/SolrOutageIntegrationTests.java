package org.mosty.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.embedded.JettyConfig;
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
import org.mosty.testing.IngestAwait;
import org.mosty.testing.TestDataDirs;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Solr goes away in the middle of a run (a real Solr server over HTTP, stopped), the writer retries
 * and the run fails with its documents still PENDING; Solr comes back on the same port and the
 * restarted run completes: every document once in the catalogue and in Solr.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrOutageIntegrationTests {

	static final int DOCUMENTS = 120;

	private Path serverHome;

	private JettySolrRunner jetty;

	private ConfigurableApplicationContext context;

	@BeforeAll
	void start() throws Exception {
		serverHome = Path.of(TestDataDirs.fresh("solr-outage-server"));
		Files.writeString(serverHome.resolve("solr.xml"), "<solr/>", StandardCharsets.UTF_8);
		Path configset = Path.of("..", "solr-config", "src", "main", "resources", "solr", "configsets", "mosty",
				"conf");
		FileSystemUtils.copyRecursively(configset, serverHome.resolve("mosty").resolve("conf"));
		Files.writeString(serverHome.resolve("mosty").resolve("core.properties"), "name=mosty\n",
				StandardCharsets.UTF_8);
		System.setProperty("solr.allowPaths", serverHome.toString());
		jetty = new JettySolrRunner(serverHome.toString(), new Properties(), JettyConfig.builder().setPort(0).build());
		jetty.start();
		context = new SpringApplicationBuilder(IndexerTestApplication.class).run(
				"--mosty.data-dir=" + TestDataDirs.fresh("solr-outage"), "--mosty.samples=false",
				"--mosty.ingest.poll-interval=0s", "--mosty.solr.mode=http",
				"--mosty.solr.url=" + jetty.getBaseUrl(), "--mosty.ingest.chunk-size=5",
				"--mosty.ingest.solr-attempts=3", "--mosty.ingest.solr-backoff=200ms",
				"--spring.main.banner-mode=off");
	}

	@AfterAll
	void stop() throws Exception {
		// closing waits for the client's connections to a Solr that went away mid-run: close in the
		// background, not on the clock
		ConfigurableApplicationContext closing = context;
		JettySolrRunner server = jetty;
		Thread closer = new Thread(() -> {
			try {
				if (closing != null) {
					closing.close();
				}
				if (server != null) {
					server.stop();
				}
			}
			catch (Exception ex) {
				// the test is over; nothing depends on this
			}
		}, "solr-outage-close");
		closer.setDaemon(true);
		closer.start();
	}

	@Test
	void whenSolrIsDownTheRunFailsRestartablyAndTheRestartCompletesWithNothingLost() throws Exception {
		DocumentRegistration registration = context.getBean(DocumentRegistration.class);
		Catalogue catalogue = context.getBean(Catalogue.class);
		IngestLauncher ingest = context.getBean(IngestLauncher.class);
		JobRepository jobs = context.getBean(JobRepository.class);
		for (int i = 0; i < DOCUMENTS; i++) {
			registration.register(new ByteArrayInputStream(("Informacja " + i + " o dyżurach doradców prawnych dla "
					+ "uchodźców w Lublinie, numer sprawy " + (i * 104729 % 100000) + ".")
				.getBytes(StandardCharsets.UTF_8)), "informacja-" + i + ".txt",
					new DocumentMetadata("Informacja " + i, "leaflet", AccessLevel.PUBLIC, List.of(), null, null, null,
							null, null, null, "pl"));
		}

		// the uploads start a run in the background; Solr goes away in the middle of it
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (catalogue.count(DocumentStatus.INDEXED) < 10 && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		jetty.stop();
		JobExecution failed = awaitSettled(jobs);

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getExitStatus().getExitDescription()).contains("FatalStepExecutionException");
		long indexedBefore = catalogue.count(DocumentStatus.INDEXED);
		assertThat(indexedBefore).isBetween(10L, DOCUMENTS - 1L);
		assertThat(catalogue.count(DocumentStatus.PENDING)).isEqualTo(DOCUMENTS - indexedBefore);
		assertThat(catalogue.count(DocumentStatus.FAILED)).isZero();

		jetty.start(true); // back, on the same port

		JobExecution restarted = ingest.runNow();
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstanceId()).as("a restart of the failed run, not a new one")
			.isEqualTo(failed.getJobInstanceId());
		assertThat(catalogue.count(DocumentStatus.PENDING))
			.as("the failed runs released what they held: the restart took it at once, not after the claims' lease")
			.isZero();
		IngestAwait.untilIdle(context, Duration.ofMinutes(2));
		assertThat(catalogue.count(DocumentStatus.INDEXED)).isEqualTo(DOCUMENTS);
		assertThat(catalogue.count(DocumentStatus.PENDING)).isZero();
		SolrClient solr = context.getBean(SolrClient.class);
		assertThat(solr.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound()).isEqualTo(DOCUMENTS);
	}

	/** Waits until no ingest run is going on, and returns the newest execution. */
	private static JobExecution awaitSettled(JobRepository jobs) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		int quiet = 0;
		while (quiet < 20 && System.nanoTime() < deadline) {
			quiet = jobs.findRunningJobExecutions("ingestJob").isEmpty() ? quiet + 1 : 0;
			Thread.sleep(100);
		}
		return jobs.getLastJobExecution(jobs.getLastJobInstance("ingestJob"));
	}
}
