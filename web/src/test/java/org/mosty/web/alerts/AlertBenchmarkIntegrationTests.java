package org.mosty.web.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mosty.saved.Frequency;
import org.mosty.web.TestSmtp;
import org.mosty.saved.SavedSearches;
import org.mosty.security.Role;
import org.mosty.security.UserAccounts;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark, not a test (runs only with {@code -Dmosty.bench=true}, see {@code bench/alerts}):
 * {@code alertJob} over the search benchmark's 100,000-document data set ({@code target/bench-data},
 * made by {@code bench/run search}) with 10,000 saved searches of 2,000 users (the judged query mix,
 * some with filters; 80 % daily, 20 % weekly; 80 % members, 20 % editors) after 1,000 documents
 * arrived over a week, mails sent to a real SMTP server in this JVM. One run; prints wall and CPU
 * time (the whole process: the job, Solr and the SMTP server) per saved search, ends with a RESULT
 * line and writes {@code target/alert-benchmark.md}. Leaves the data set as it found it except for
 * the arrival times.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "mosty.bench", matches = "true", disabledReason = "a benchmark: run bench/alerts")
class AlertBenchmarkIntegrationTests {

	static final Path DATA = Path.of(System.getProperty("bench.data", "../target/bench-data"));

	static final int USERS = Integer.getInteger("bench.alert.users", 2_000);

	static final int PER_USER = Integer.getInteger("bench.alert.per-user", 5);

	static final int ARRIVED = Integer.getInteger("bench.alert.arrived", 1_000);

	static final String PREFIX = "bench-alert-";

	static final TestSmtp SMTP = startSmtp();

	private static TestSmtp startSmtp() {
		if (!Files.isDirectory(DATA.resolve("solr"))) {
			throw new IllegalStateException("No data set at " + DATA.toAbsolutePath()
					+ ": run bench/run search first (it builds the 100,000 documents and keeps them)");
		}
		return new TestSmtp();
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> DATA.toAbsolutePath().normalize().toString());
		registry.add("mosty.samples", () -> "false");
		registry.add("mosty.ingest.poll-interval", () -> "0s");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SMTP::port);
		registry.add("mosty.alerts.schedule", () -> "-");
		registry.add("mosty.alerts.settle", () -> "0s");
		registry.add("mosty.interop.base-url", () -> "https://mosty.example.org");
	}

	@AfterAll
	static void stopSmtp() {
		SMTP.stop();
	}

	@Autowired
	AlertLauncher launcher;

	@Autowired
	SavedSearches saved;

	@Autowired
	UserAccounts users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void alertJobOverTenThousandSavedSearches() throws IOException {
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		removeBenchUsers();
		List<String> searches = searches();
		String hash = encoder.encode("bench-alert-password"); // one hash: bcrypt for each user would take minutes
		int made = 0;
		for (int u = 0; u < USERS; u++) {
			String name = PREFIX + String.format(Locale.ROOT, "%05d", u);
			users.create("bench", name, hash, u % 5 == 4 ? Role.EDITOR : Role.MEMBER);
			users.setEmail(name, name + "@example.org");
			for (int s = 0; s < PER_USER; s++) {
				String parameters = searches.get(made % searches.size());
				Frequency frequency = made % 5 == 4 ? Frequency.WEEKLY : Frequency.DAILY;
				saved.create(name, "search " + made, parameters, parameters.contains("lang=uk") ? "uk"
						: parameters.contains("lang=en") ? "en" : "pl", frequency,
						at.minus(frequency.period().orElseThrow()));
				made++;
			}
		}
		int arrived = arrive(at);
		System.gc();

		long cpuBefore = processCpuNanos();
		long start = System.nanoTime();
		JobExecution execution = launcher.run(at);
		double wallSeconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		long mails = jdbc.sql("select count(*) from alert_mail where username like :prefix")
			.param("prefix", PREFIX + "%")
			.query(Long.class)
			.single();
		long listed = jdbc.sql("select coalesce(sum(documents), 0) from alert_mail where username like :prefix")
			.param("prefix", PREFIX + "%")
			.query(Long.class)
			.single();
		int received = SMTP.received().length;
		long moved = jdbc.sql("select count(*) from saved_search where username like :prefix and watermark = :at")
			.param("prefix", PREFIX + "%")
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
		String result = String.format(Locale.ROOT,
				"RESULT alerts saved_searches=%d users=%d arrived=%d wall_s=%.1f cpu_s=%.1f ms_per_search=%.2f "
						+ "cpu_ms_per_search=%.2f mails=%d sent=%d listed=%d watermarks_moved=%d docs=%d",
				made, USERS, arrived, wallSeconds, cpuSeconds, wallSeconds * 1000 / made, cpuSeconds * 1000 / made,
				mails, received, listed, moved, documents());
		String report = "## alertJob on " + made + " saved searches\n\n" + "- data set: " + DATA.toAbsolutePath().normalize()
				+ "\n- " + USERS + " users, " + PER_USER + " saved searches each (the judged query mix, some with filters), "
				+ ARRIVED + " documents arrived over the last week\n- " + Runtime.getRuntime().availableProcessors()
				+ " cores, max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB\n\n" + result + "\n";
		System.out.println(report);
		Files.writeString(Path.of("target", "alert-benchmark.md"), report, StandardCharsets.UTF_8);
		assertThat(moved).as("every due saved search's watermark moved").isEqualTo(made);
		assertThat(received).as("every mail was sent").isEqualTo((int) mails);
		removeBenchUsers();
	}

	/** The judged queries (each with its language), every fourth with a filter, as the search benchmark mixes them. */
	private static List<String> searches() throws IOException {
		List<String> searches = new ArrayList<>();
		int n = 0;
		for (String line : Files.readAllLines(Path.of("..", "indexer", "src", "test", "resources", "relevance",
				"queries.tsv"), StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t");
			String parameters = "q=" + URLEncoder.encode(columns[3], StandardCharsets.UTF_8).replace("+", "%20");
			switch (n++ % 4) {
				case 1 -> parameters += "&f.language=" + columns[1];
				case 3 -> parameters += "&f.type=report";
				default -> {
				}
			}
			searches.add(parameters + "&lang=" + columns[1]);
		}
		searches.add("f.topic=housing&lang=pl");
		searches.add("f.type=guideline&lang=uk");
		return searches;
	}

	/** The documents of the data set, as its description says (the growth benchmark matches its sizes by it). */
	private static long documents() throws IOException {
		java.util.Properties description = new java.util.Properties();
		try (java.io.InputStream in = Files.newInputStream(DATA.resolve("bench-data.properties"))) {
			description.load(in);
		}
		return Long.parseLong(description.getProperty("documents", "0"));
	}

	/**
	 * {@link #ARRIVED} indexed documents, spread over the data set, became searchable over the last
	 * week; every other document became searchable long before (a set made this week, or an earlier
	 * run's arrivals, would otherwise all count as new).
	 */
	private int arrive(Instant at) {
		jdbc.sql("update document set released_at = :before where released_at > :before")
			.param("before", Timestamp.from(at.minus(Duration.ofDays(30))))
			.update();
		List<String> ids = jdbc.sql("select id from document where status = 'INDEXED' order by id")
			.query(String.class)
			.list();
		int step = Math.max(1, ids.size() / ARRIVED);
		int arrived = 0;
		for (int i = 0; i < ids.size() && arrived < ARRIVED; i += step) {
			Duration ago = Duration.ofMinutes((long) arrived * 7 * 24 * 60 / ARRIVED + 1);
			jdbc.sql("update document set released_at = :at where id = :id")
				.param("id", ids.get(i))
				.param("at", Timestamp.from(at.minus(ago)))
				.update();
			arrived++;
		}
		return arrived;
	}

	private void removeBenchUsers() {
		jdbc.sql("delete from alert_mail where username like :prefix").param("prefix", PREFIX + "%").update();
		jdbc.sql("delete from saved_search where username like :prefix").param("prefix", PREFIX + "%").update();
		jdbc.sql("delete from app_user where username like :prefix").param("prefix", PREFIX + "%").update();
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}
}
