package org.mosty.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.mosty.indexer.IndexerTestApplication;
import org.mosty.testing.TestDataDirs;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An H2 data folder made before issue 7 (migrations up to V4_1, the Spring Batch tables created by
 * Boot's {@code spring.batch.jdbc.initialize-schema=always} from spring-batch-core's
 * {@code schema-h2.sql}, a run in them) still starts now that Flyway owns the job repository: V6_1
 * leaves the existing tables and their rows alone, V6_2 adds the claim columns.
 */
class LegacyH2DataFolderIntegrationTests {

	@Test
	void aDataFolderWhoseBatchTablesBootCreatedStartsAndKeepsItsRuns() throws Exception {
		Path data = Path.of(TestDataDirs.fresh("legacy-h2"));
		Files.createDirectories(data.resolve("db"));
		String url = "jdbc:h2:file:" + data.resolve("db/mosty");
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("4.1").load().migrate();
		try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement statement = db.createStatement()) {
			ScriptUtils.executeSqlScript(db, new ClassPathResource("org/springframework/batch/core/schema-h2.sql"));
			statement.execute("insert into batch_job_instance (job_instance_id, version, job_name, job_key) "
					+ "values (7, 0, 'ingestJob', 'a-run-before-issue-7')");
			statement.execute("insert into document (id, file_name, size_bytes, sha256, content_type, title, "
					+ "access_level, metadata, status, created_at, updated_at) values ('01OLD', 'old.txt', 3, "
					+ "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'text/plain', 'Old', 'PUBLIC', "
					+ "'{\"title\":\"Old\",\"type\":\"other\",\"access\":\"PUBLIC\"}', 'INDEXED', current_timestamp, "
					+ "current_timestamp)");
		}

		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IndexerTestApplication.class).run(
				"--mosty.data-dir=" + data, "--mosty.samples=false", "--mosty.ingest.poll-interval=0s",
				"--spring.main.banner-mode=off")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select \"version\" from \"flyway_schema_history\" where \"success\" order by \"installed_rank\"")
				.query(String.class)
				.list()).containsSubsequence("4.1", "6.1", "6.2");
			assertThat(jdbc.sql("select job_key from batch_job_instance").query(String.class).list())
				.containsExactly("a-run-before-issue-7");
			assertThat(jdbc.sql("select attempts from document where id = '01OLD'").query(Integer.class).single())
				.isZero();
		}
	}
}
