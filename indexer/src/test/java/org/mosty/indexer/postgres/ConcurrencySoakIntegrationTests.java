package org.mosty.indexer.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mosty.indexer.IndexerTestApplication;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.intake.DocumentRegistration;
import org.mosty.indexer.editorial.DocumentEditing;
import org.mosty.indexer.editorial.EditorialException;
import org.mosty.indexer.extraction.Extraction;
import org.mosty.indexer.extraction.PipesTextExtractor;
import org.mosty.indexer.extraction.TextExtractor;
import org.mosty.solr.SolrFields;
import org.mosty.testing.Postgres;
import org.mosty.testing.SolrServers;
import org.mosty.testing.TestDataDirs;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18: a bounded, seeded concurrency soak. Two workers (two Spring contexts) on one
 * PostgreSQL catalogue and one Solr server; two editors, one on each worker, upload documents, post
 * new versions, change metadata and access levels, withdraw and restore, interleaved with the
 * workers' ingest runs (extraction is slowed by a seeded random pause, and half the edits go to
 * the document touched last, so that edits land while files are being extracted). Then, once nothing is left to do, the invariants: every document's
 * Solr state is its catalogue state (the current file's text, access level, title, withdrawn or
 * not), nothing is left PENDING, and the index holds nothing the catalogue does not want indexed.
 * The budget comes from {@code mosty.soak.operations} (default 120), {@code mosty.soak.seconds}
 * (default 60) and {@code mosty.soak.seed}; {@code bench/soak} runs it with a larger one. Writes
 * {@code target/soak-report.txt}, ending with a {@code RESULT soak} line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrencySoakIntegrationTests {

	static final int OPERATIONS = Integer.getInteger("mosty.soak.operations", 120);

	static final int SECONDS = Integer.getInteger("mosty.soak.seconds", 60);

	static final long SEED = Long.getLong("mosty.soak.seed", 18L);

	/** The real extractor with a seeded random pause after it, to widen the windows edits can land in. */
	@Configuration(proxyBeanMethods = false)
	static class SlowExtraction {

		@Bean
		@Primary
		TextExtractor slowExtractor(PipesTextExtractor real) {
			Random pauses = new Random(SEED);
			return (file, fileName) -> {
				Extraction extraction = real.extract(file, fileName);
				int pause;
				synchronized (pauses) {
					pause = pauses.nextInt(250);
				}
				try {
					Thread.sleep(pause);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return extraction;
			};
		}
	}

	private JettySolrRunner jetty;

	private final List<ConfigurableApplicationContext> workers = new ArrayList<>();

	@BeforeAll
	void start() throws Exception {
		Postgres.Server server = Postgres.require().freshSchema("soak");
		jetty = SolrServers.startWithMostyCore("soak-solr");
		String data = TestDataDirs.fresh("soak"); // the shared file store
		for (String id : List.of("soak-1", "soak-2")) {
			workers.add(new SpringApplicationBuilder(IndexerTestApplication.class, SlowExtraction.class)
				.run(Postgres.arguments(server.springArguments(), "--mosty.data-dir=" + data, "--mosty.samples=false",
						"--mosty.solr.mode=http", "--mosty.solr.url=" + jetty.getBaseUrl(),
						"--mosty.ingest.worker-id=" + id, "--mosty.ingest.chunk-size=3",
						"--mosty.ingest.poll-interval=200ms", "--mosty.extraction.pool-size=1",
						"--spring.main.banner-mode=off")));
		}
	}

	@AfterAll
	void stop() throws Exception {
		for (ConfigurableApplicationContext worker : workers) {
			worker.close();
		}
		if (jetty != null) {
			jetty.stop();
		}
	}

	/** What the editors did, shared by both: each document's ids and the marker word of each file. */
	static final class Library {

		final List<String> ids = new CopyOnWriteArrayList<>();

		final Map<String, AtomicInteger> versions = new ConcurrentHashMap<>();

		final Map<String, Integer> numbers = new ConcurrentHashMap<>();

		final AtomicInteger documents = new AtomicInteger();

		/** The document touched last: half the edits go to it, likely while a worker is extracting it. */
		volatile String recent;

		final AtomicInteger operations = new AtomicInteger();

		final AtomicInteger refused = new AtomicInteger();

		static String marker(int document, int version) {
			return "soak" + document + "x" + version;
		}
	}

	@Test
	void editsRacingTwoWorkersLeaveSolrEqualToTheCatalogue() throws Exception {
		Library library = new Library();
		long deadline = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
		long started = System.nanoTime();
		ExecutorService editors = Executors.newFixedThreadPool(workers.size());
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < workers.size(); i++) {
			ConfigurableApplicationContext worker = workers.get(i);
			Random random = new Random(SEED * 31 + i);
			done.add(editors.submit(() -> {
				while (library.operations.get() < OPERATIONS && System.nanoTime() < deadline) {
					library.operations.incrementAndGet();
					operate(worker, random, library);
					// editors at about the pace the two workers extract, so edits meet extractions
					Thread.sleep(random.nextInt(200));
				}
				return null;
			}));
		}
		for (Future<?> editor : done) {
			editor.get();
		}
		editors.shutdown();
		JdbcClient jdbc = workers.get(0).getBean(JdbcClient.class);
		awaitQuiet(jdbc, Duration.ofMinutes(3));
		double seconds = (System.nanoTime() - started) / 1e9;

		SolrClient solr = workers.get(0).getBean(SolrClient.class);
		solr.commit();
		List<String> violations = violations(jdbc, solr);
		String result = String.format(Locale.ROOT, "RESULT soak operations=%d violations=%d seconds=%.1f",
				library.operations.get(), violations.size(), seconds);
		StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
				"seed %d, %d documents, %d operations (%d refused as the editor's action did not apply), "
						+ "2 workers, PostgreSQL%n",
				SEED, library.ids.size(), library.operations.get(), library.refused.get()));
		violations.forEach(violation -> report.append("violation: ").append(violation).append('\n'));
		report.append(result).append('\n');
		Files.writeString(Path.of("target", "soak-report.txt"), report, StandardCharsets.UTF_8);
		System.out.print(report);
		assertThat(violations).isEmpty();
		assertThat(library.ids).hasSizeGreaterThan(5);
	}

	private static void operate(ConfigurableApplicationContext worker, Random random, Library library) {
		DocumentRegistration registration = worker.getBean(DocumentRegistration.class);
		DocumentEditing editing = worker.getBean(DocumentEditing.class);
		double draw = random.nextDouble();
		try {
			if (library.ids.size() < 4 || draw < 0.3) {
				int document = library.documents.incrementAndGet();
				String id = registration.register(text(document, 1), "soak-" + document + ".txt",
						metadata("Soak " + document, access(random))).id();
				library.versions.put(id, new AtomicInteger(1));
				library.numbers.put(id, document);
				library.ids.add(id);
				return;
			}
			String id = library.ids.get(random.nextInt(library.ids.size()));
			if (draw < 0.5) {
				int version = library.versions.get(id).incrementAndGet();
				int document = library.numbers.get(id);
				editing.newVersion(id, text(document, version), "soak-" + document + "-" + version + ".txt",
						"soak-editor");
			}
			else if (draw < 0.75) {
				editing.updateMetadata(id, metadata("Soak " + library.numbers.get(id) + " edit " + random.nextInt(1000),
						access(random)), "soak-editor");
			}
			else if (draw < 0.88) {
				editing.withdraw(id, "soak-editor");
			}
			else {
				editing.restore(id, "soak-editor");
			}
		}
		catch (EditorialException ex) {
			library.refused.incrementAndGet(); // withdrawn twice, restored while not withdrawn
		}
	}

	private static ByteArrayInputStream text(int document, int version) {
		return new ByteArrayInputStream(("Wersja " + version + " poradnika " + document + ". Słowo "
				+ Library.marker(document, version) + " oznacza tę wersję pliku. Poradnik dla rodzin z Ukrainy "
				+ "o zapisach do szkół i kursach języka polskiego.")
			.getBytes(StandardCharsets.UTF_8));
	}

	private static AccessLevel access(Random random) {
		AccessLevel[] levels = AccessLevel.values();
		return levels[random.nextInt(levels.length)];
	}

	private static DocumentMetadata metadata(String title, AccessLevel access) {
		return new DocumentMetadata(title, "guideline", access, List.of(), null, null, null, null, null, null, "pl");
	}

	/** Until no document waits for ingest and no run is under way (runs end a moment after their last chunk). */
	private static void awaitQuiet(JdbcClient jdbc, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			long pending = jdbc.sql("select count(*) from document where status = 'PENDING' and withdrawn_at is null")
				.query(Long.class)
				.single();
			long running = jdbc.sql("select count(*) from batch_job_execution where status in ('STARTING', 'STARTED')")
				.query(Long.class)
				.single();
			if (pending == 0 && running == 0) {
				return;
			}
			Thread.sleep(100);
		}
	}

	private static List<String> violations(JdbcClient jdbc, SolrClient solr) throws Exception {
		List<String> violations = new ArrayList<>();
		record Row(String id, String status, boolean withdrawn, String access, String title, String fileName,
				String text) {
		}
		List<Row> rows = jdbc.sql("""
				select d.id, d.status, d.withdrawn_at, d.access_level, d.title, d.file_name, t.content
				from document d left join document_text t on t.document_id = d.id""")
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getTimestamp(3) != null, rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
		Set<String> shouldBeIndexed = new HashSet<>();
		for (Row row : rows) {
			SolrDocument indexed = solr.getById(row.id());
			if (row.withdrawn()) {
				if (indexed != null) {
					violations.add(row.id() + " is withdrawn but in Solr (" + indexed.getFieldValue(SolrFields.ACCESS) + ")");
				}
				continue;
			}
			if (row.status().equals("PENDING")) {
				violations.add(row.id() + " is left PENDING");
			}
			if (row.text() == null) {
				if (indexed != null) {
					violations.add(row.id() + " has no text in the catalogue but is in Solr");
				}
				continue;
			}
			shouldBeIndexed.add(row.id());
			if (indexed == null) {
				violations.add(row.id() + " (" + row.status() + ") is missing from Solr");
				continue;
			}
			if (!row.access().equals(indexed.getFieldValue(SolrFields.ACCESS))) {
				violations.add(row.id() + " is " + row.access() + " in the catalogue but "
						+ indexed.getFieldValue(SolrFields.ACCESS) + " in Solr");
			}
			if (!row.title().equals(indexed.getFieldValue(SolrFields.TITLE))) {
				violations.add(row.id() + " is titled '" + row.title() + "' but '"
						+ indexed.getFieldValue(SolrFields.TITLE) + "' in Solr");
			}
			String marker = row.text().replaceAll("(?s).*Słowo (soak\\d+x\\d+) .*", "$1");
			if (row.status().equals("INDEXED") && !row.fileName().matches("soak-\\d+(-\\d+)?\\.txt")) {
				violations.add(row.id() + " has an unexpected file " + row.fileName());
			}
			if (row.status().equals("INDEXED")) {
				String expected = expectedMarker(row.fileName());
				if (!expected.equals(marker)) {
					violations.add(row.id() + " keeps the text of " + marker + " but its current file is " + expected);
				}
			}
			long withMarker = solr.query(new SolrQuery(SolrFields.ID + ":" + ClientUtils.escapeQueryChars(row.id())
					+ " AND text_exact:" + marker).setRows(0)).getResults().getNumFound();
			if (withMarker != 1) {
				violations.add(row.id() + ": Solr does not hold the kept text (" + marker + ")");
			}
		}
		Set<String> inSolr = new HashSet<>();
		solr.query(new SolrQuery("*:*").setFields(SolrFields.ID).setRows(100_000))
			.getResults()
			.forEach(doc -> inSolr.add(doc.getFirstValue(SolrFields.ID).toString()));
		inSolr.removeAll(shouldBeIndexed);
		inSolr.forEach(id -> violations.add(id + " is in Solr but the catalogue does not want it indexed"));
		return violations;
	}

	// "soak-12.txt" is version 1 of document 12, "soak-12-3.txt" its version 3
	private static String expectedMarker(String fileName) {
		String[] parts = fileName.replace("soak-", "").replace(".txt", "").split("-");
		return Library.marker(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1);
	}
}
