package org.mosty.indexer.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.mosty.indexer.IndexerTestApplication;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.intake.DocumentRegistration;
import org.mosty.indexer.samples.SampleLibrary;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.Postgres;
import org.mosty.testing.TestDataDirs;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL smoke test against the official {@code postgres} image (the one
 * {@code docker-compose.yml} runs), so a contributor with Docker verifies production parity: Flyway
 * builds the catalogue and the job repository, a few samples are ingested through the real path.
 * Skipped where there is no Docker engine.
 */
@Testcontainers(disabledWithoutDocker = true)
class PostgresContainerIntegrationTests {

	@Container
	static final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17")
		.withDatabaseName("mosty")
		.withUsername("mosty")
		.withPassword("mosty");

	@Test
	void catalogueAndJobRepositoryOnTheOfficialImage() throws Exception {
		Postgres.Server server = new Postgres.Server(postgres.getJdbcUrl(), postgres.getUsername(),
				postgres.getPassword());
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IndexerTestApplication.class)
			.run(Postgres.arguments(server.springArguments(), "--mosty.data-dir=" + TestDataDirs.fresh("postgres-image"),
					"--mosty.samples=false", "--mosty.ingest.poll-interval=0s", "--spring.main.banner-mode=off"))) {
			DocumentRegistration registration = context.getBean(DocumentRegistration.class);
			int registered = 0;
			for (SampleLibrary.Entry entry : context.getBean(SampleLibrary.class).entries().subList(0, 3)) {
				try (InputStream in = new ClassPathResource("samples/" + entry.file()).getInputStream()) {
					registration.register(in, entry.file(), entry.metadata());
					registered++;
				}
			}
			IngestAwait.untilIdle(context, Duration.ofMinutes(3));

			Catalogue catalogue = context.getBean(Catalogue.class);
			assertThat(catalogue.count(DocumentStatus.PENDING)).isZero();
			assertThat(catalogue.count(DocumentStatus.INDEXED)).isEqualTo(registered);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
			assertThat(jdbc.sql("select count(*) from batch_job_execution where status = 'COMPLETED'")
				.query(Long.class)
				.single()).isPositive();
			assertThat(context.getBean(SolrClient.class)
				.query(new SolrQuery("*:*").setRows(0))
				.getResults()
				.getNumFound()).isEqualTo(registered);
		}
	}
}
