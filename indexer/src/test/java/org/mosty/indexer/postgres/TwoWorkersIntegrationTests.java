package org.mosty.indexer.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.mosty.testing.Postgres;
import org.mosty.testing.SolrServers;
import org.mosty.testing.TestDataDirs;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two workers share the ingest work (issue 7): two Mosty applications (two Spring contexts, each
 * with its own connection pool, ingest launcher polling the catalogue and pool of Tika child JVMs)
 * on one PostgreSQL database, one Solr server over HTTP (Jetty) and one file store. Every document
 * must be claimed and written exactly once, by one of them, and none left PENDING. Skipped without
 * a PostgreSQL server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoWorkersIntegrationTests {

	static final int DOCUMENTS = 80;

	private JettySolrRunner jetty;

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	@BeforeAll
	void start() throws Exception {
		Postgres.Server server = Postgres.require().freshSchema("workers");
		jetty = SolrServers.startWithMostyCore("two-workers-solr");
		String data = TestDataDirs.fresh("two-workers"); // the shared file store
		first = worker(server, data, "worker-1");
		second = worker(server, data, "worker-2");
	}

	private ConfigurableApplicationContext worker(Postgres.Server server, String data, String id) {
		return new SpringApplicationBuilder(IndexerTestApplication.class).run(Postgres.arguments(
				server.springArguments(), "--mosty.data-dir=" + data, "--mosty.samples=false",
				"--mosty.solr.mode=http", "--mosty.solr.url=" + jetty.getBaseUrl(), "--mosty.ingest.worker-id=" + id,
				"--mosty.ingest.chunk-size=4", "--mosty.ingest.poll-interval=200ms", "--mosty.extraction.pool-size=1",
				"--spring.main.banner-mode=off"));
	}

	@AfterAll
	void stop() throws Exception {
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
	void theWorkersShareTheDocumentsAndEachIsProcessedExactlyOnce() throws Exception {
		DocumentRegistration registration = first.getBean(DocumentRegistration.class);
		for (int i = 0; i < DOCUMENTS; i++) {
			registration.register(new ByteArrayInputStream(("Poradnik " + i + " dla rodzin z Ukrainy: zapisy do szkół, "
					+ "kursy języka polskiego i dyżury psychologów, numer " + (i * 104729 % 100000) + ".")
				.getBytes(StandardCharsets.UTF_8)), "poradnik-" + i + ".txt",
					new DocumentMetadata("Poradnik " + i, "guideline", AccessLevel.PUBLIC, List.of(), null, null, null,
							null, null, null, "pl"));
		}
		Catalogue catalogue = second.getBean(Catalogue.class);
		JdbcClient jdbc = second.getBean(JdbcClient.class);
		// until nothing is PENDING and the runs are over (a run ends a moment after its last chunk is written)
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while ((catalogue.count(DocumentStatus.PENDING) > 0 || running(jdbc) > 0) && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(catalogue.count(DocumentStatus.PENDING)).as("documents left PENDING").isZero();
		assertThat(catalogue.count(DocumentStatus.INDEXED)).isEqualTo(DOCUMENTS);

		assertThat(jdbc.sql("select count(*) from document where attempts <> 1").query(Long.class).single())
			.as("documents claimed more than once").isZero();
		Map<String, Long> byWorker = jdbc.sql("select claimed_by, count(*) from document group by claimed_by")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(byWorker.keySet()).as("both workers took part").containsExactlyInAnyOrder("worker-1", "worker-2");

		// what each worker's runs wrote (job repository in PostgreSQL) is what it claimed: nothing written twice
		Map<String, Long> writtenByWorker = jdbc.sql("""
				select p.parameter_value, sum(s.write_count)
				from batch_step_execution s
				join batch_job_execution_params p on p.job_execution_id = s.job_execution_id
				where p.parameter_name = 'worker.id'
				group by p.parameter_value""")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(writtenByWorker).isEqualTo(byWorker);
		assertThat(jdbc.sql("select count(*) from batch_job_execution where status <> 'COMPLETED'")
			.query(Long.class)
			.single()).isZero();

		SolrClient solr = first.getBean(SolrClient.class);
		solr.commit();
		var all = solr.query(new SolrQuery("*:*").setFields("id").setRows(DOCUMENTS * 2)).getResults();
		assertThat(all.getNumFound()).isEqualTo(DOCUMENTS);
		Set<Object> solrIds = new HashSet<>();
		for (SolrDocument doc : all) {
			solrIds.add(doc.getFieldValue("id"));
		}
		assertThat(solrIds).isEqualTo(new HashSet<>(jdbc.sql("select id from document").query(String.class).list()));
	}

	private static long running(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from batch_job_execution where status in ('STARTING', 'STARTED')")
			.query(Long.class)
			.single();
	}
}
