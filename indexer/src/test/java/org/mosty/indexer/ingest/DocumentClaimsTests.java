package org.mosty.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.mosty.indexer.catalogue.DocumentClaims;

/**
 * The claims on a real H2 catalogue built by the application's migrations: what a worker holds is
 * every unfinished document of the chunk it is working on, even when the chunk took several claims.
 */
class DocumentClaimsTests {

	private JdbcClient jdbc;

	private DocumentClaims claims;

	private int documents;

	@BeforeEach
	void catalogue() {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
				"jdbc:h2:mem:claims" + System.nanoTime(), "sa", "", true);
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.load()
			.migrate();
		jdbc = JdbcClient.create(dataSource);
		claims = new DocumentClaims(jdbc, new DataSourceTransactionManager(dataSource), new IngestProperties(5,
				Duration.ZERO, 10_000, 1, Duration.ofSeconds(1), "worker-a", Duration.ofMinutes(2)).claims());
	}

	@Test
	void aChunkThatTookTwoClaimsIsReleasedWhole() {
		upload(3);
		assertThat(claims.claim(5)).hasSize(3); // only three uploaded so far
		upload(2);
		assertThat(claims.claim(2)).hasSize(2); // the rest of the chunk

		assertThat(claims.renew()).as("all five are renewed while the chunk is worked on").isEqualTo(5);
		claims.releaseHeld(); // the chunk failed (Solr away): the run ends
		assertThat(claimedNow()).as("nothing left waiting for the lease").isZero();
		assertThat(claims.hasClaimable()).isTrue();
	}

	@Test
	void finishedDocumentsAreNoLongerHeld() {
		upload(5);
		List<String> first = claims.claim(5);
		jdbc.sql("update document set status = 'INDEXED', claimed_at = null where id in (:ids)")
			.param("ids", first)
			.update();
		upload(1);
		assertThat(claims.claim(5)).hasSize(1);
		assertThat(claims.renew()).isEqualTo(1);
		assertThat(claims.claim(5)).isEmpty();
	}

	private void upload(int count) {
		for (int i = 0; i < count; i++) {
			String id = String.format(Locale.ROOT, "%026d", ++documents);
			Timestamp now = Timestamp.from(Instant.now().plusMillis(documents));
			jdbc.sql("""
					insert into document (id, file_name, size_bytes, sha256, title, access_level, metadata, status,
					    created_at, updated_at)
					values (:id, 'a.txt', 1, :sha, 'A', 'PUBLIC', '{}', 'PENDING', :now, :now)""")
				.param("id", id)
				.param("sha", "0".repeat(63) + (documents % 10))
				.param("now", now)
				.update();
		}
	}

	private long claimedNow() {
		return jdbc.sql("select count(*) from document where claimed_at is not null").query(Long.class).single();
	}
}
