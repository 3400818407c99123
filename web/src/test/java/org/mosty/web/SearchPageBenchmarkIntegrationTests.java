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
import java.util.Set;
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
import org.springframework.stereotype.Controller;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Benchmark, not a test (runs only with {@code -Dmosty.bench=true}, see {@code bench/web-ui}):
 * server time of the search page against {@code /api/search} for the same queries, measured by a
 * servlet filter around everything the server does for the request (security, controller, Solr,
 * rendering, writing the body). Also times the page's rendering alone (from the controller's return
 * to the body written), and the floor of that: each query's page saved as a template without a single
 * expression, rendered by the same engine. Prints a table and writes {@code target/web-ui-benchmark.md}.
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

	static final BlockingQueue<Long> RENDER = new LinkedBlockingQueue<>();

	static final Path SAVED_TEMPLATES = Path.of("target", "bench-templates");

	/** The views of the saved pages (a number appended), found by the extra template resolver below. */
	static final String SAVED_PAGES = "bench/saved-page-";

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

		/** Rendering: from the controller's return (the model ready) to the request's completion. */
		@Bean
		WebMvcConfigurer renderTime() {
			return new WebMvcConfigurer() {
				@Override
				public void addInterceptors(InterceptorRegistry registry) {
					registry.addInterceptor(new HandlerInterceptor() {
						@Override
						public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
								ModelAndView view) {
							request.setAttribute("bench.render", System.nanoTime());
						}

						@Override
						public void afterCompletion(HttpServletRequest request, HttpServletResponse response,
								Object handler, Exception ex) {
							if (request.getAttribute("bench.render") instanceof Long start) {
								RENDER.add(System.nanoTime() - start);
							}
						}
					});
				}
			};
		}

		/** Templates written by the benchmark itself, only under {@code bench/}; everything else as before. */
		@Bean
		FileTemplateResolver savedTemplates() {
			FileTemplateResolver resolver = new FileTemplateResolver();
			resolver.setPrefix(SAVED_TEMPLATES.toAbsolutePath() + "/");
			resolver.setSuffix(".html");
			resolver.setTemplateMode(TemplateMode.HTML);
			resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
			resolver.setResolvablePatterns(Set.of("bench/*"));
			resolver.setCheckExistence(true);
			resolver.setOrder(0);
			return resolver;
		}

		@Bean
		SavedPage savedPage() {
			return new SavedPage();
		}
	}

	/** Serves a saved page through the same view machinery as the search page. */
	@Controller
	static class SavedPage {

		@GetMapping("/bench/saved-page")
		String page(@RequestParam int n) {
			return SAVED_PAGES + n;
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
		report.append("| query | /search median ms | /api/search median ms | ratio | /search CPU ms | /api/search CPU ms | CPU ratio | /search rendering ms |\n"
				+ "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		for (int round = 0; round < 3; round++) { // the JIT warms up on every query first
			for (String query : QUERIES) {
				for (int i = 0; i < WARM_UP; i++) {
					time(http, "/search?" + query);
					time(http, "/api/search?" + query);
				}
			}
		}
		double[] pageTotal = new double[3];
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
			double[] pageMs = { median(page, 0) / 1e6, median(page, 1) / 1e6, median(page, 2) / 1e6 };
			double[] apiMs = { median(api, 0) / 1e6, median(api, 1) / 1e6 };
			for (int k = 0; k < 3; k++) {
				pageTotal[k] += pageMs[k];
			}
			for (int k = 0; k < 2; k++) {
				apiTotal[k] += apiMs[k];
			}
			report.append(String.format(Locale.ROOT, "| `%s` | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
					query.isEmpty() ? "(everything)" : query, pageMs[0], apiMs[0], pageMs[0] / apiMs[0], pageMs[1],
					apiMs[1], pageMs[1] / apiMs[1], pageMs[2]));
		}
		report.append(String.format(Locale.ROOT,
				"| **all queries (sum of medians)** | %.2f | %.2f | **%.2f** | %.2f | %.2f | **%.2f** | %.2f |%n",
				pageTotal[0], apiTotal[0], pageTotal[0] / apiTotal[0], pageTotal[1], apiTotal[1],
				pageTotal[1] / apiTotal[1], pageTotal[2]));
		report.append("\nRendering floor: each page saved as a template without a single expression and rendered by the same "
				+ "engine, interleaved with the page's own template (rendering: from the controller's return to the "
				+ "body written).\n\n| query | page bytes | own template ms | saved page ms |\n| --- | ---: | ---: | ---: |\n");
		double[] floorTotal = new double[2];
		for (int n = 0; n < QUERIES.size(); n++) {
			String query = QUERIES.get(n);
			double[] floor = renderingFloor(http, query, n);
			floorTotal[0] += floor[0];
			floorTotal[1] += floor[1];
			report.append(String.format(Locale.ROOT, "| `%s` | %d | %.2f | %.2f |%n",
					query.isEmpty() ? "(everything)" : query, (long) floor[2], floor[0], floor[1]));
		}
		report.append(String.format(Locale.ROOT, "| **all queries (sum of medians)** | | %.2f | %.2f |%n",
				floorTotal[0], floorTotal[1]));
		report.append(String.format(Locale.ROOT,
				"%nRESULT web-ui ratio=%.2f cpu_ratio=%.2f page_ms=%.2f api_ms=%.2f render_ms=%.2f floor_ms=%.2f%n",
				pageTotal[0] / apiTotal[0], pageTotal[1] / apiTotal[1], pageTotal[0], apiTotal[0], pageTotal[2],
				floorTotal[1]));
		String text = "Server time per request (servlet filter around the whole request, body written), "
				+ (4 * WARM_UP) + " warm-up and " + RUNS + " measured runs per query, interleaved; "
				+ Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
				+ ".\n\n" + report;
		Files.writeString(Path.of("target", "web-ui-benchmark.md"), text, StandardCharsets.UTF_8);
		System.out.println(text);
	}

	/**
	 * One query's page against the same markup saved as a template without a single expression: what
	 * Thymeleaf costs for the markup alone, whatever the template asks of it. Returns the rendering
	 * medians in ms (own template, saved page) and the page's size in bytes.
	 */
	private static double[] renderingFloor(ApiClient http, String query, int n) throws Exception {
		String html = http.get("/search?" + query).body();
		Files.createDirectories(SAVED_TEMPLATES.resolve("bench"));
		Files.writeString(SAVED_TEMPLATES.resolve(SAVED_PAGES + n + ".html"), html, StandardCharsets.UTF_8);
		if (!html.equals(http.get("/bench/saved-page?n=" + n).body())) {
			throw new AssertionError("the saved page of " + query + " does not render as itself");
		}
		List<long[]> own = new ArrayList<>();
		List<long[]> saved = new ArrayList<>();
		for (int i = 0; i < WARM_UP + RUNS; i++) {
			long[] p = time(http, "/search?" + query);
			long[] s = time(http, "/bench/saved-page?n=" + n);
			if (i >= WARM_UP) {
				own.add(p);
				saved.add(s);
			}
		}
		return new double[] { median(own, 2) / 1e6, median(saved, 2) / 1e6,
				html.getBytes(StandardCharsets.UTF_8).length };
	}

	/** Server wall time, CPU time of the request thread and rendering time (0 for none), in nanoseconds. */
	private static long[] time(ApiClient http, String path) throws InterruptedException {
		TIMES.clear();
		RENDER.clear();
		var response = http.get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError(path + " answered " + response.statusCode());
		}
		long[] nanos = TIMES.poll(5, TimeUnit.SECONDS);
		if (nanos == null) {
			throw new AssertionError("no server time for " + path);
		}
		Long render = RENDER.poll();
		return new long[] { nanos[0], nanos[1], render == null ? 0 : render };
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
