package org.mosty.web;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mosty.testing.ApiClient;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.TestDataDirs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Benchmark, not a test (runs only with {@code -Dmosty.bench=true}, see {@code bench/web-ui}):
 * server time of the search page against {@code /api/search} for the same queries, measured by a
 * servlet filter around everything the server does for the request (security, controller, Solr,
 * rendering, writing the body). Prints a table and writes {@code target/web-ui-benchmark.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "mosty.bench", matches = "true", disabledReason = "a benchmark: run bench/web-ui")
class SearchPageBenchmarkIntegrationTests {

	static final List<String> QUERIES = List.of("q=" + ApiClient.encode("uchodźcy"),
			"q=" + ApiClient.encode("ochrona czasowa"), "q=" + ApiClient.encode("біженці"),
			"q=" + ApiClient.encode("refugee housing"), "", "q=" + ApiClient.encode("mieszkanie") + "&f.language=pl",
			"f.type=report&sort=newest", "q=" + ApiClient.encode("uchodzcow"),
			"q=" + ApiClient.encode("\"ochrona czasowa\"") + "&year.from=2023&year.to=2025",
			"q=" + ApiClient.encode("education") + "&lang=en&page=1&size=10");

	static final int WARM_UP = 15;

	static final int RUNS = 40;

	static final BlockingQueue<long[]> TIMES = new LinkedBlockingQueue<>();

	static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("web-bench"));
	}

	@TestConfiguration
	static class Timing {

		@Bean
		FilterRegistrationBean<OncePerRequestFilter> serverTime() {
			FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
					new OncePerRequestFilter() {
						@Override
						protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
								FilterChain chain) throws ServletException, IOException {
							long start = System.nanoTime();
							long cpuStart = THREADS.getCurrentThreadCpuTime();
							try {
								chain.doFilter(request, response);
								response.flushBuffer();
							}
							finally {
								TIMES.add(new long[] { System.nanoTime() - start,
										THREADS.getCurrentThreadCpuTime() - cpuStart });
							}
						}
					});
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void searchPageAgainstApi() throws Exception {
		IngestAwait.untilIdle(context, Duration.ofMinutes(3));
		ApiClient http = new ApiClient(port);
		StringBuilder report = new StringBuilder();
		report.append("| query | /search median ms | /api/search median ms | ratio | /search CPU ms | /api/search CPU ms | CPU ratio |\n"
				+ "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		for (int round = 0; round < 3; round++) { // the JIT warms up on every query first
			for (String query : QUERIES) {
				for (int i = 0; i < WARM_UP; i++) {
					time(http, "/search?" + query);
					time(http, "/api/search?" + query);
				}
			}
		}
		double[] pageTotal = new double[2];
		double[] apiTotal = new double[2];
		for (String query : QUERIES) {
			for (int i = 0; i < WARM_UP; i++) {
				time(http, "/search?" + query);
				time(http, "/api/search?" + query);
			}
			List<long[]> page = new ArrayList<>();
			List<long[]> api = new ArrayList<>();
			for (int i = 0; i < RUNS; i++) { // interleaved, so both see the same machine load
				page.add(time(http, "/search?" + query));
				api.add(time(http, "/api/search?" + query));
			}
			double[] pageMs = { median(page, 0) / 1e6, median(page, 1) / 1e6 };
			double[] apiMs = { median(api, 0) / 1e6, median(api, 1) / 1e6 };
			for (int k = 0; k < 2; k++) {
				pageTotal[k] += pageMs[k];
				apiTotal[k] += apiMs[k];
			}
			report.append(String.format(Locale.ROOT, "| `%s` | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
					query.isEmpty() ? "(everything)" : query, pageMs[0], apiMs[0], pageMs[0] / apiMs[0], pageMs[1],
					apiMs[1], pageMs[1] / apiMs[1]));
		}
		report.append(String.format(Locale.ROOT,
				"| **all queries (sum of medians)** | %.2f | %.2f | **%.2f** | %.2f | %.2f | **%.2f** |%n",
				pageTotal[0], apiTotal[0], pageTotal[0] / apiTotal[0], pageTotal[1], apiTotal[1],
				pageTotal[1] / apiTotal[1]));
		report.append(String.format(Locale.ROOT, "%nRESULT web-ui ratio=%.2f cpu_ratio=%.2f page_ms=%.2f api_ms=%.2f%n",
				pageTotal[0] / apiTotal[0], pageTotal[1] / apiTotal[1], pageTotal[0], apiTotal[0]));
		String text = "Server time per request (servlet filter around the whole request, body written), "
				+ (4 * WARM_UP) + " warm-up and " + RUNS + " measured runs per query, interleaved; "
				+ Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
				+ ".\n\n" + report;
		Files.writeString(Path.of("target", "web-ui-benchmark.md"), text, StandardCharsets.UTF_8);
		System.out.println(text);
	}

	/** Server wall time and CPU time of the request thread, in nanoseconds. */
	private static long[] time(ApiClient http, String path) throws InterruptedException {
		TIMES.clear();
		var response = http.get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError(path + " answered " + response.statusCode());
		}
		long[] nanos = TIMES.poll(5, TimeUnit.SECONDS);
		if (nanos == null) {
			throw new AssertionError("no server time for " + path);
		}
		return nanos;
	}

	private static double median(List<long[]> values, int index) {
		List<Long> sorted = new ArrayList<>();
		for (long[] value : values) {
			sorted.add(value[index]);
		}
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
	}
}
