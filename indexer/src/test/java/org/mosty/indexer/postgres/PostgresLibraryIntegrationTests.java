package org.mosty.indexer.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mosty.indexer.IndexerTestApplication;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.intake.DocumentRegistration;
import org.mosty.indexer.editorial.DocumentEditing;
import org.mosty.indexer.reindex.JobRun;
import org.mosty.indexer.reindex.JobRuns;
import org.mosty.indexer.reindex.ReindexLauncher;
import org.mosty.indexer.samples.SampleLibrary;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.Postgres;
import org.mosty.testing.TestDataDirs;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The catalogue and the Spring Batch job repository on a real PostgreSQL server, by configuration
 * alone (issue 7): Flyway builds the schema there (shared and PostgreSQL-specific migrations), the
 * sample library and real corpus files go through the real ingest path, editors' changes and
 * {@code reindexJob} work, and the runs are in PostgreSQL's job repository. Skipped without a
 * reachable server ({@link Postgres#require()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresLibraryIntegrationTests {

	private ConfigurableApplicationContext context;

	private final List<String> sampleIds = new ArrayList<>();

	private final List<String> corpusIds = new ArrayList<>();

	@BeforeAll
	void start() throws IOException {
		Postgres.Server server = Postgres.require().freshSchema("library");
		context = new SpringApplicationBuilder(IndexerTestApplication.class).run(Postgres.arguments(
				server.springArguments(), "--mosty.data-dir=" + TestDataDirs.fresh("postgres-library"),
				"--mosty.samples=false", "--mosty.ingest.poll-interval=0s", "--mosty.ingest.worker-id=library",
				"--spring.main.banner-mode=off"));
		// one sample of each format (pdf, docx, odt, html, txt): real files, a bounded run
		DocumentRegistration registration = context.getBean(DocumentRegistration.class);
		Set<String> formats = new HashSet<>();
		for (SampleLibrary.Entry entry : context.getBean(SampleLibrary.class).entries()) {
			if (formats.add(entry.file().substring(entry.file().lastIndexOf('.') + 1))) {
				try (InputStream in = new ClassPathResource("samples/" + entry.file()).getInputStream()) {
					sampleIds.add(registration.register(in, entry.file(), entry.metadata()).id());
				}
			}
		}
		Path corpus = corpusLibrary();
		if (corpus != null) {
			// and the smallest real file of each kind in the shared corpus
			try (Stream<Path> kinds = Files.list(corpus)) {
				for (Path kind : kinds.filter(Files::isDirectory).sorted().toList()) {
					try (Stream<Path> files = Files.walk(kind)) {
						Path file = files.filter(Files::isRegularFile)
							.min(Comparator.comparingLong(PostgresLibraryIntegrationTests::size).thenComparing(Path::toString))
							.orElse(null);
						if (file != null) {
							try (InputStream in = Files.newInputStream(file)) {
								corpusIds.add(registration.register(in, file.getFileName().toString(),
										new DocumentMetadata("Korpus " + kind.getFileName(), "other", AccessLevel.PUBLIC,
												null, null, null, null, null, null, null, null))
									.id());
							}
						}
					}
				}
			}
		}
		IngestAwait.untilIdle(context, Duration.ofMinutes(5));
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path corpusLibrary() {
		Path library = Path.of(System.getProperty("mosty.corpus.dir", "../shared/corpus")).resolve("library");
		return Files.isDirectory(library) ? library : null;
	}

	@AfterAll
	void stop() {
		if (context != null) {
			context.close();
		}
	}

	@Test
	void theSchemaIsBuiltByFlywayOnPostgresql() {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
		List<String> migrations = jdbc.sql("select version || ' ' || script from flyway_schema_history "
				+ "where success order by installed_rank").query(String.class).list();
		assertThat(migrations).contains("1 indexer/V1__catalogue.sql", "4.1 indexer/V4_1__editorial.sql",
				"6.1 V6_1__batch_job_repository.sql", "6.2 indexer/V6_2__ingest_claims.sql",
				"19.1 indexer/V19_1__language_versions.sql", "19.2 indexer/V19_2__arrivals.sql");
		// the job repository tables are PostgreSQL's (TEXT contexts), from db/vendor/postgresql
		assertThat(jdbc.sql("""
				select data_type from information_schema.columns
				where table_schema = current_schema() and table_name = 'batch_step_execution_context'
				  and column_name = 'serialized_context'""").query(String.class).single()).isEqualTo("text");
	}

	@Test
	void everyDocumentIsIndexedOrFailedWithAReasonAndSearchable() throws Exception {
		Catalogue catalogue = context.getBean(Catalogue.class);
		long total = catalogue.count(null);
		assertThat(sampleIds).hasSize(5);
		assertThat(total).isEqualTo(sampleIds.size() + corpusIds.size());
		assertThat(catalogue.count(DocumentStatus.PENDING)).isZero();
		for (CatalogueDocument failed : catalogue.list(DocumentStatus.FAILED, 0, 100)) {
			assertThat(failed.failureReason()).as(failed.fileName()).isNotBlank();
		}
		for (String id : Stream.concat(sampleIds.stream(), corpusIds.stream()).toList()) {
			assertThat(catalogue.findById(id).orElseThrow().status()).isEqualTo(DocumentStatus.INDEXED);
		}
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select count(*) from document where attempts <> 1 or claimed_by <> 'library'")
			.query(Long.class)
			.single()).as("each document claimed once, by this worker").isZero();

		SolrClient solr = context.getBean(SolrClient.class);
		assertThat(solr.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound())
			.isEqualTo(catalogue.count(DocumentStatus.INDEXED));
		CatalogueDocument indexed = catalogue.list(DocumentStatus.INDEXED, 0, 1).get(0);
		assertThat(catalogue.text(indexed.id())).hasValueSatisfying(text -> assertThat(text).isNotBlank());
	}

	@Test
	void runsAreKeptInTheJobRepositoryOnPostgresql() {
		List<JobRun> runs = context.getBean(JobRuns.class).recent(10);
		assertThat(runs).isNotEmpty();
		assertThat(runs).allSatisfy(run -> assertThat(run.status()).isEqualTo("COMPLETED"));
		assertThat(runs.stream().mapToLong(JobRun::written).sum())
			.isEqualTo(context.getBean(Catalogue.class).count(DocumentStatus.INDEXED));
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select distinct parameter_value from batch_job_execution_params "
				+ "where parameter_name = 'worker.id'").query(String.class).list()).containsExactly("library");
	}

	@Test
	void editorsChangesAndReindexWorkOnPostgresql() throws Exception {
		Catalogue catalogue = context.getBean(Catalogue.class);
		CatalogueDocument document = catalogue.list(DocumentStatus.INDEXED, 0, 1).get(0);
		DocumentEditing editing = context.getBean(DocumentEditing.class);
		editing.withdraw(document.id(), "editor");
		editing.restore(document.id(), "editor");
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select action from audit_log where document_id = :id order by id")
			.param("id", document.id())
			.query(String.class)
			.list()).hasSizeGreaterThanOrEqualTo(2);

		// Solr is derived: emptied, then rebuilt from the catalogue kept in PostgreSQL
		SolrClient solr = context.getBean(SolrClient.class);
		solr.deleteByQuery("*:*");
		solr.commit();
		JobExecution reindex = context.getBean(ReindexLauncher.class).start().execution();
		JobRepository repository = context.getBean(JobRepository.class);
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (repository.getJobExecution(reindex.getId()).getStatus().isRunning() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(repository.getJobExecution(reindex.getId()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		solr.commit();
		assertThat(solr.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound())
			.isEqualTo(catalogue.count(DocumentStatus.INDEXED));
	}
}
