package org.mosty.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.Test;
import org.mosty.indexer.IndexerTestApplication;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.imports.Inbox;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.KilledIndexer;
import org.mosty.testing.TestDataDirs;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code kill -9} in the middle of a run: a real child process (the indexer application from the
 * test class path, its own data folder, an inbox of 240 files) is killed with
 * {@link Process#destroyForcibly()} once some documents are indexed; a new instance on the same
 * data folder recovers the interrupted run and finishes it. Every file must end exactly once in
 * the catalogue and in Solr.
 */
class KillAndRestartIntegrationTests {

	static final int DOCUMENTS = 240;

	@Test
	void aRunKilledMidwayIsRecoveredAndEveryDocumentEndsExactlyOnce() throws Exception {
		Path data = Path.of(TestDataDirs.fresh("kill-9"));
		Path inbox = data.resolve("inbox");
		KilledIndexer.writeNotes(inbox, DOCUMENTS);
		List<String> settings = List.of("--mosty.data-dir=" + data, "--mosty.samples=false",
				"--mosty.inbox.dir=" + inbox, "--mosty.inbox.settle-time=0s",
				"--mosty.ingest.chunk-size=10", "--mosty.extraction.pool-size=2");

		// 1. a real process, killed with SIGKILL while it is indexing
		List<String> first = new ArrayList<>(settings);
		first.addAll(List.of("--mosty.ingest.poll-interval=500ms", "--mosty.inbox.poll-interval=200ms",
				"--spring.main.banner-mode=off"));
		int writtenBeforeKill = KilledIndexer.runAndKill(first, 30);
		assertThat(writtenBeforeKill).isBetween(30, DOCUMENTS - 1);

		// what the killed process left: a run still marked STARTED, documents PENDING
		List<long[]> interrupted = new ArrayList<>();
		try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("db/mosty"), "sa", "");
				ResultSet rs = db.createStatement()
					.executeQuery("select job_execution_id, job_instance_id from batch_job_execution "
							+ "where status = 'STARTED'")) {
			while (rs.next()) {
				interrupted.add(new long[] { rs.getLong(1), rs.getLong(2) });
			}
		}
		assertThat(interrupted).as("runs left STARTED by the killed process").hasSize(1);
		long interruptedExecution = interrupted.get(0)[0];
		long interruptedInstance = interrupted.get(0)[1];

		// 2. a new instance on the same data folder recovers the run and finishes the work
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IndexerTestApplication.class)
			.run(Stream.concat(settings.stream(), Stream.of("--mosty.ingest.poll-interval=0s",
					"--mosty.inbox.poll-interval=1h"))
				.toArray(String[]::new))) {
			// a picture dropped into the inbox meanwhile is refused and set aside with its reason
			Files.write(inbox.resolve("zdjecie.pdf"),
					new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' });
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

			SolrClient solr = context.getBean(SolrClient.class);
			var all = solr.query(new SolrQuery("*:*").setFields("id").setRows(DOCUMENTS * 2)).getResults();
			assertThat(all.getNumFound()).isEqualTo(DOCUMENTS);
			Set<Object> solrIds = new HashSet<>();
			for (SolrDocument doc : all) {
				solrIds.add(doc.getFieldValue("id"));
			}
			Set<Object> catalogueIds = new HashSet<>(jdbc.sql("select id from document").query(String.class).list());
			assertThat(solrIds).isEqualTo(catalogueIds);
			try (Stream<Path> left = Files.list(inbox)) {
				assertThat(left.filter(Files::isRegularFile)).isEmpty();
			}
			try (Stream<Path> processed = Files.list(inbox.resolve("processed"))) {
				assertThat(processed).hasSize(DOCUMENTS);
			}
			assertThat(inbox.resolve("failed/zdjecie.pdf")).isRegularFile();
			assertThat(Files.readString(inbox.resolve("failed/zdjecie.pdf.reason.txt"))).contains("image/png");

			// the interrupted execution was recovered (marked FAILED) and its job instance restarted to completion
			assertThat(jdbc.sql("select status from batch_job_execution where job_execution_id = :id")
				.param("id", interruptedExecution)
				.query(String.class)
				.single()).isEqualTo("FAILED");
			List<String> statuses = jdbc.sql("""
					select status from batch_job_execution where job_instance_id = :instance
					order by job_execution_id""").param("instance", interruptedInstance).query(String.class).list();
			assertThat(statuses).hasSizeGreaterThanOrEqualTo(2);
			assertThat(statuses.get(statuses.size() - 1)).isEqualTo("COMPLETED");
		}
	}
}
