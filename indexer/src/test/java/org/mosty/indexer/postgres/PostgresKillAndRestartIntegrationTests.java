package org.mosty.indexer.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.Test;
import org.mosty.indexer.IndexerTestApplication;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.imports.Inbox;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.Postgres;
import org.mosty.testing.KilledIndexer;
import org.mosty.testing.TestDataDirs;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code kill -9} of a worker on PostgreSQL (issue 7): a real child process (worker
 * {@code worker-a}, catalogue and job repository on PostgreSQL, an inbox of files) is killed while
 * it indexes. Another worker ({@code worker-b}) takes over: the dead worker's claims expire
 * ({@code mosty.ingest.claim-timeout}) and go back to the pool, its run is left alone (it may
 * belong to a live process as far as worker-b knows), and everything ends INDEXED exactly once.
 * When worker-a comes back it recovers its own interrupted run. Skipped without a PostgreSQL server.
 */
class PostgresKillAndRestartIntegrationTests {

	static final int DOCUMENTS = 120;

	@Test
	void aKilledWorkersClaimsExpireAndEveryDocumentEndsExactlyOnce() throws Exception {
		Postgres.Server server = Postgres.require().freshSchema("kill");
		Path data = Path.of(TestDataDirs.fresh("postgres-kill-9"));
		Path inbox = data.resolve("inbox");
		KilledIndexer.writeNotes(inbox, DOCUMENTS);
		List<String> settings = new ArrayList<>(server.springArguments());
		settings.addAll(List.of("--mosty.data-dir=" + data, "--mosty.samples=false", "--mosty.inbox.dir=" + inbox,
				"--mosty.inbox.settle-time=0s", "--mosty.ingest.chunk-size=10", "--mosty.extraction.pool-size=2",
				"--mosty.ingest.claim-timeout=3s", "--spring.main.banner-mode=off"));

		// 1. worker-a: a real process, killed with SIGKILL while it is indexing
		List<String> workerA = new ArrayList<>(settings);
		workerA.addAll(List.of("--mosty.ingest.worker-id=worker-a", "--mosty.ingest.poll-interval=500ms",
				"--mosty.inbox.poll-interval=200ms"));
		int written = KilledIndexer.runAndKill(workerA, 20);
		assertThat(written).isBetween(20, DOCUMENTS - 1);

		// what the killed worker left in PostgreSQL: its run STARTED, documents PENDING, some claimed by it
		long interrupted;
		Set<String> stranded = new HashSet<>();
		try (Connection db = server.connect()) {
			try (ResultSet rs = db.createStatement().executeQuery(
					"select job_execution_id from batch_job_execution where status = 'STARTED'")) {
				assertThat(rs.next()).as("a run left STARTED by the killed worker").isTrue();
				interrupted = rs.getLong(1);
				assertThat(rs.next()).isFalse();
			}
			try (ResultSet rs = db.createStatement().executeQuery(
					"select id from document where status = 'PENDING' and claimed_by = 'worker-a'")) {
				while (rs.next()) {
					stranded.add(rs.getString(1));
				}
			}
		}

		// 2. worker-b takes over: the stranded claims expire and are done, nothing twice
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IndexerTestApplication.class)
			.run(Postgres.arguments(settings, "--mosty.ingest.worker-id=worker-b", "--mosty.ingest.poll-interval=0s",
					"--mosty.inbox.poll-interval=1h"))) {
			Inbox intake = context.getBean(Inbox.class);
			while (!intake.scan().isEmpty()) {
				// take what the killed process had not taken yet
			}
			IngestAwait.untilIdle(context, Duration.ofMinutes(5));

			Catalogue catalogue = context.getBean(Catalogue.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			assertThat(catalogue.count(null)).isEqualTo(DOCUMENTS);
			assertThat(catalogue.count(DocumentStatus.INDEXED)).isEqualTo(DOCUMENTS);
			assertThat(catalogue.count(DocumentStatus.PENDING)).isZero();
			assertThat(jdbc.sql("select count(distinct sha256) from document").query(Long.class).single())
				.isEqualTo(DOCUMENTS);
			assertThat(jdbc.sql("select count(*) from document_text").query(Long.class).single()).isEqualTo(DOCUMENTS);
			for (String id : stranded) {
				assertThat(jdbc.sql("select claimed_by || ' ' || attempts from document where id = :id")
					.param("id", id)
					.query(String.class)
					.single()).as("a document the killed worker held").isEqualTo("worker-b 2");
			}
			assertThat(jdbc.sql("select count(*) from document where attempts > 1").query(Long.class).single())
				.isEqualTo(stranded.size());

			SolrClient solr = context.getBean(SolrClient.class);
			var all = solr.query(new SolrQuery("*:*").setFields("id").setRows(DOCUMENTS * 2)).getResults();
			assertThat(all.getNumFound()).isEqualTo(DOCUMENTS);
			Set<Object> solrIds = new HashSet<>();
			for (SolrDocument doc : all) {
				solrIds.add(doc.getFieldValue("id"));
			}
			assertThat(solrIds).isEqualTo(new HashSet<>(jdbc.sql("select id from document").query(String.class).list()));

			// worker-b did not touch worker-a's run: as far as it knows worker-a may still be running it
			assertThat(status(jdbc, interrupted)).isEqualTo("STARTED");
		}

		// 3. worker-a comes back (its own data folder: the embedded Solr core just closed in this JVM keeps
		// its index lock a while, and nothing is left to index): its own interrupted run is recovered
		Path elsewhere = Path.of(TestDataDirs.fresh("postgres-kill-9-return"));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IndexerTestApplication.class)
			.run(Postgres.arguments(server.springArguments(), "--mosty.data-dir=" + elsewhere, "--mosty.samples=false",
					"--mosty.inbox.dir=" + elsewhere.resolve("inbox"), "--mosty.ingest.worker-id=worker-a",
					"--mosty.ingest.poll-interval=0s", "--mosty.inbox.poll-interval=1h",
					"--spring.main.banner-mode=off"))) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			assertThat(status(jdbc, interrupted)).isEqualTo("FAILED");
			assertThat(jdbc.sql("select count(*) from batch_job_execution where status = 'STARTED'")
				.query(Long.class)
				.single()).isZero();
		}
	}

	private static String status(JdbcClient jdbc, long execution) {
		return jdbc.sql("select status from batch_job_execution where job_execution_id = :id")
			.param("id", execution)
			.query(String.class)
			.single();
	}
}
