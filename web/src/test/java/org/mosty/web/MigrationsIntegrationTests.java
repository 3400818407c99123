package org.mosty.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.mosty.testing.TestDataDirs;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 20, each module its migrations: a database made by the indexer alone (the benchmarks' data
 * builder, an indexer-only tool), which has the indexer's migrations but not search-api's, is
 * opened by the whole application: search-api's migration is applied then, below versions already
 * applied, and the application starts with its users.
 */
class MigrationsIntegrationTests {

	@Test
	void theApplicationCompletesADatabaseTheIndexerMadeAlone() {
		Path data = Path.of(TestDataDirs.fresh("migrations"));
		String url = "jdbc:h2:file:" + data.resolve("db").resolve("mosty").toAbsolutePath();
		Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("classpath:db/migration/indexer", "classpath:db/vendor/h2")
			.load()
			.migrate();
		assertThat(JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "sa", ""))
			.sql("select count(*) from information_schema.tables where lower(table_name) = 'app_user'")
			.query(Long.class)
			.single()).isZero();

		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MostyApplication.class).run(
				"--server.port=0", "--mosty.data-dir=" + data, "--mosty.samples=false",
				"--mosty.admin.password=migrations-admin-password", "--mosty.security.bcrypt-strength=4",
				"--spring.main.banner-mode=off")) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select username from app_user").query(String.class).list()).contains("admin");
			assertThat(jdbc.sql("select count(*) from \"flyway_schema_history\" where \"version\" = '2' and \"success\"")
				.query(Long.class)
				.single()).isOne();
		}
	}
}
