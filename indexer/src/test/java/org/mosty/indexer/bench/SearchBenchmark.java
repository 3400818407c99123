package org.mosty.indexer.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Search benchmark: the packaged application in {@code http} mode against a Solr server in this
 * JVM, holding the data set's index. For every request of the {@link QueryMix} the Solr request
 * Mosty makes is captured at the Solr server ({@link SolrRequestCapture}: method, path and query
 * string as received), then each request is sent both to {@code /api/search} and, with exactly
 * the captured parameters, straight to Solr, interleaved, from {@value #CONNECTIONS} concurrent
 * loopback connections. Latency is the time to the last byte of the answer.
 */
final class SearchBenchmark {

	static final int CONNECTIONS = 24;

	private SearchBenchmark() {
	}

	/** One request of the mix, for both sides. */
	record Pair(String kind, URI api, URI solr) {
	}

	static ResultLine run(BenchData data, Path queries, int warmUpRounds, int rounds) throws Exception {
		List<QueryMix.Request> mix = QueryMix.fromJudgements(queries);
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		try (BenchSolr solr = BenchSolr.start(data.solrHome(), List.of("mosty"), List.of());
				MostyProcess mosty = MostyProcess.start(data.dataDir(), data.dataDir().resolve("search-mosty.log"),
						MostyProcess.jvmOptionsFromProperty(), "--mosty.solr.mode=http", "--mosty.solr.url=" + solr.baseUrl(),
						"--mosty.ingest.poll-interval=0s")) {
			double firstSearch = mosty.awaitFirstSearch(http, mix.get(0).path(), Duration.ofMinutes(3));
			System.out.printf(Locale.ROOT, "Search: Mosty (pid %d, http mode) answered its first search %.1f s after start%n",
					mosty.pid(), firstSearch);
			List<Pair> pairs = capture(http, mosty, solr, mix);
			System.out.printf(Locale.ROOT, "  %d requests captured (Mosty's exact Solr parameters); %d connections%n",
					pairs.size(), CONNECTIONS);

			warmUp(http, pairs, mosty, warmUpRounds);
			Map<String, Double> threadsBefore = mosty.cpuSecondsByThreadKind();
			double mostyCpu = mosty.cpuSeconds();
			double benchCpu = ownCpuSeconds();
			System.out.printf(Locale.ROOT, "  measured phase starts at %s%n", java.time.LocalTime.now(java.time.ZoneOffset.UTC)
				.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
			Load measured = load(http, pairs, rounds, 2);
			mostyCpu = mosty.cpuSeconds() - mostyCpu;
			Map<String, Double> threadsAfter = mosty.cpuSecondsByThreadKind();
			benchCpu = ownCpuSeconds() - benchCpu;
			print(measured);
			// where the two cores went: Mosty's process (the API's own cost per request) against this
			// JVM (Solr answering both sides, plus the load client)
			System.out.printf(Locale.ROOT,
					"  CPU in the measured phase: Mosty %.1f s (%.2f ms per API request); Solr + client %.1f s "
							+ "(%.2f ms per request pair)%n",
					mostyCpu, mostyCpu * 1000 / measured.api.count(), benchCpu,
					benchCpu * 1000 / measured.api.count());
			printThreads(threadsBefore, threadsAfter, measured.api.count());
			double apiP50 = measured.api.percentileMillis(50);
			double apiP99 = measured.api.percentileMillis(99);
			double solrP50 = measured.solr.percentileMillis(50);
			double solrP99 = measured.solr.percentileMillis(99);
			Load translation = translationOnOff(http, pairs, rounds);
			return new ResultLine("search").add("api_p50_ms", apiP50, 2)
				.add("api_p99_ms", apiP99, 2)
				.add("solr_p50_ms", solrP50, 2)
				.add("solr_p99_ms", solrP99, 2)
				.add("p50_ratio", apiP50 / solrP50, 2)
				.add("p99_ratio", apiP99 / solrP99, 2)
				.add("qps", measured.qps(), 1)
				.add("errors", measured.errors.get())
				.add("translation_p50_ratio", translation.api.percentileMillis(50) / translation.solr.percentileMillis(50), 2)
				.add("translation_p99_ratio", translation.api.percentileMillis(99) / translation.solr.percentileMillis(99), 2)
				.add("docs", indexed(http, solr));
		}
	}

	/**
	 * Issue 17, what translation costs inside Solr (which the Mosty/Solr comparison cannot see: both
	 * sides send the same expanded query): every captured Solr request as Mosty sends it (glossary,
	 * places, names and lexicon fields in qf, matchedVia on) against the same request without them
	 * (qf of solrconfig.xml minus concepts, names_latin, lexicon and their title fields; matchedVia off), interleaved
	 * under the same load, same index. In the returned load "api" is translation on, "solr" off.
	 */
	static Load translationOnOff(HttpClient http, List<Pair> pairs, int rounds) throws Exception {
		String off = "&qf=" + java.net.URLEncoder.encode(qfWithoutTranslation(), java.nio.charset.StandardCharsets.UTF_8)
				+ "&matchedVia=false";
		List<Pair> onOff = new ArrayList<>();
		for (Pair pair : pairs) {
			if (pair.solr().getRawQuery() != null && pair.solr().getRawQuery().contains("q=")) {
				onOff.add(new Pair(pair.kind(), pair.solr(), URI.create(pair.solr() + off)));
			}
		}
		Load load = load(http, onOff, rounds, 3);
		System.out.printf(Locale.ROOT, "  translation on / off (straight to Solr, %d requests with words):%n", onOff.size());
		System.out.printf(Locale.ROOT, "  %-22s %6s %9s %9s %9s %9s %7s %7s%n", "kind", "n", "on p50", "off p50",
				"on p99", "off p99", "p50 ×", "p99 ×");
		load.byKind.forEach((kind, sides) -> row(kind, sides[0], sides[1]));
		row("all", load.api, load.solr);
		return load;
	}

	/** The /search handler's qf in the configset without the fields that cross languages. */
	static String qfWithoutTranslation() {
		return org.mosty.testing.SearchHandlerQf.without("concepts", "names_latin", "lexicon", "title_concepts",
				"title_lexicon");
	}

	/** Rounds of the mix per warm-up step; the JIT's share is checked after each step. */
	static final int WARM_UP_STEP = 5;

	/** The JIT counts as settled when it used less than this share of a JVM's CPU in a step. */
	static final double SETTLED_JIT_SHARE = 0.05;

	/**
	 * Runs the mix until Mosty runs compiled code: at least {@code minRounds} rounds, then on in
	 * steps of {@value #WARM_UP_STEP} rounds while Mosty's JIT compilers still take more than
	 * {@value #SETTLED_JIT_SHARE} of its CPU, for at most {@code bench.warmup.max} rounds (150). On
	 * two cores C2 compiles Spring's deep call chains for minutes; measured before it has finished,
	 * the ratio says more about the JIT than about Mosty's code. The JIT share of this JVM (Solr and
	 * the load client, the same for both sides) is printed, not waited for: Solr's compiles go on
	 * at a few per cent for long.
	 */
	static void warmUp(HttpClient http, List<Pair> pairs, MostyProcess mosty, int minRounds) throws Exception {
		int maxRounds = Math.max(minRounds, Integer.getInteger("bench.warmup.max", 150));
		Load first = load(http, pairs, minRounds, 1);
		int rounds = minRounds;
		int errors = first.errors.get();
		double mostyJit;
		double ownJit;
		while (true) {
			Map<String, Double> before = mosty.cpuSecondsByThreadKind();
			double mostyCpu = mosty.cpuSeconds();
			double ownCpu = ownCpuSeconds();
			double ownCompiler = ThreadCpu.compilerSeconds(ThreadCpu.byKind(ProcessHandle.current().pid()));
			errors += load(http, pairs, WARM_UP_STEP, rounds).errors.get();
			rounds += WARM_UP_STEP;
			Map<String, Double> after = mosty.cpuSecondsByThreadKind();
			mostyJit = (ThreadCpu.compilerSeconds(after) - ThreadCpu.compilerSeconds(before))
					/ Math.max(1e-9, mosty.cpuSeconds() - mostyCpu);
			ownJit = (ThreadCpu.compilerSeconds(ThreadCpu.byKind(ProcessHandle.current().pid())) - ownCompiler)
					/ Math.max(1e-9, ownCpuSeconds() - ownCpu);
			if (mostyJit < SETTLED_JIT_SHARE || rounds >= maxRounds) {
				break;
			}
		}
		System.out.printf(Locale.ROOT,
				"  warm-up: %d rounds (%d requests, %d errors); JIT share of the CPU in the last %d rounds: "
						+ "Mosty %.1f %%, Solr's JVM %.1f %%%s%n",
				rounds, rounds * pairs.size() * 2, errors, WARM_UP_STEP, mostyJit * 100, ownJit * 100,
				rounds >= maxRounds ? " (stopped at bench.warmup.max, not settled)" : "");
	}

	/** Mosty's CPU in the measured phase by kind of thread, in ms per API request (the largest first). */
	private static void printThreads(Map<String, Double> before, Map<String, Double> after, int requests) {
		List<Map.Entry<String, Double>> used = new ArrayList<>();
		after.forEach((kind, seconds) -> {
			double delta = seconds - before.getOrDefault(kind, 0.0);
			if (delta >= 0.05) {
				used.add(Map.entry(kind, delta));
			}
		});
		used.sort(Map.Entry.<String, Double>comparingByValue().reversed());
		StringBuilder line = new StringBuilder("  Mosty's threads, ms per API request:");
		for (Map.Entry<String, Double> kind : used) {
			line.append(String.format(Locale.ROOT, " [%s] %.2f", kind.getKey(), kind.getValue() * 1000 / requests));
		}
		System.out.println(line);
	}

	private static double ownCpuSeconds() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
	}

	/** How many documents the index holds, asked of Solr itself. */
	static long indexed(HttpClient http, BenchSolr solr) throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create(solr.baseUrl() + "/mosty/select?q=*:*&rows=0&wt=json")).build(),
				HttpResponse.BodyHandlers.ofString());
		java.util.regex.Matcher found = java.util.regex.Pattern.compile("\"numFound\":(\\d+)").matcher(response.body());
		if (!found.find()) {
			throw new IllegalStateException("No document count from Solr: " + response.body());
		}
		return Long.parseLong(found.group(1));
	}

	/** Sends each API request once and records the one Solr request it caused. */
	static List<Pair> capture(HttpClient http, MostyProcess mosty, BenchSolr solr, List<QueryMix.Request> mix)
			throws Exception {
		return capture(http, mosty, URI.create(solr.baseUrl()).resolve("/"), mix);
	}

	/**
	 * As {@link #capture(HttpClient, MostyProcess, BenchSolr, List)}, for a Solr reached at
	 * {@code solrRoot}, or, when it is {@code null} (SolrCloud), at the node that received Mosty's
	 * request. The requests a SolrCloud node sends its shards (POSTs, {@code isShard=true}) are
	 * not Mosty's and are left out.
	 */
	static List<Pair> capture(HttpClient http, MostyProcess mosty, URI solrRoot, List<QueryMix.Request> mix)
			throws Exception {
		List<Pair> pairs = new ArrayList<>();
		for (QueryMix.Request request : mix) {
			URI api = URI.create(mosty.baseUrl() + request.path());
			SolrRequestCapture.start();
			HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(api).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			List<SolrRequestCapture.Captured> captured = SolrRequestCapture.stop();
			if (response.statusCode() != 200) {
				throw new IllegalStateException(api + " answered " + response.statusCode());
			}
			List<SolrRequestCapture.Captured> searches = captured.stream()
				.filter(c -> c.path().endsWith("/search"))
				.filter(c -> c.query() != null && !c.query().contains("isShard=true"))
				.toList();
			if (searches.size() != 1 || !"GET".equals(searches.get(0).method())) {
				throw new IllegalStateException(api + " made these Solr requests, expected one GET /search: " + captured);
			}
			URI root = solrRoot != null ? solrRoot : URI.create("http://127.0.0.1:" + searches.get(0).port() + "/");
			pairs.add(new Pair(request.kind(), api, root.resolve(searches.get(0).pathAndQuery())));
		}
		return pairs;
	}

	/** What one load phase measured. */
	static final class Load {

		final Latencies api = new Latencies();

		final Latencies solr = new Latencies();

		final Map<String, Latencies[]> byKind = new TreeMap<>();

		final AtomicInteger errors = new AtomicInteger();

		double seconds;

		double qps() {
			return (api.count() + solr.count()) / seconds;
		}

		synchronized Latencies[] kind(String kind) {
			return byKind.computeIfAbsent(kind, key -> new Latencies[] { new Latencies(), new Latencies() });
		}
	}

	/**
	 * Every pair {@code rounds} times, shuffled per round; the API and the Solr request of a pair
	 * are queued next to each other, so both sides always run under the same load.
	 */
	static Load load(HttpClient http, List<Pair> pairs, int rounds, long seed) throws Exception {
		return load(http, pairs, rounds, seed, CONNECTIONS);
	}

	/** As {@link #load(HttpClient, List, int, long)}, from the given number of connections. */
	static Load load(HttpClient http, List<Pair> pairs, int rounds, long seed, int connections) throws Exception {
		Load load = new Load();
		Random random = new Random(seed);
		ExecutorService pool = Executors.newFixedThreadPool(connections);
		try {
			List<Future<?>> futures = new ArrayList<>();
			long started = System.nanoTime();
			for (int round = 0; round < rounds; round++) {
				List<Pair> order = new ArrayList<>(pairs);
				Collections.shuffle(order, random);
				for (Pair pair : order) {
					boolean apiFirst = random.nextBoolean();
					futures.add(pool.submit(() -> send(http, apiFirst ? pair.api() : pair.solr(), load, pair.kind(), apiFirst)));
					futures.add(pool.submit(() -> send(http, apiFirst ? pair.solr() : pair.api(), load, pair.kind(), !apiFirst)));
				}
			}
			for (Future<?> future : futures) {
				future.get();
			}
			load.seconds = BenchData.seconds(started);
		}
		finally {
			pool.shutdown();
		}
		return load;
	}

	private static void send(HttpClient http, URI uri, Load load, String kind, boolean api) {
		long start = System.nanoTime();
		try {
			HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			long nanos = System.nanoTime() - start;
			if (response.statusCode() != 200) {
				load.errors.incrementAndGet();
				return;
			}
			(api ? load.api : load.solr).add(nanos);
			load.kind(kind)[api ? 0 : 1].add(nanos);
		}
		catch (Exception ex) {
			load.errors.incrementAndGet();
		}
	}

	static void print(Load load) {
		System.out.printf(Locale.ROOT, "  measured: %d requests in %.1f s (%.1f requests/s), %d errors%n",
				load.api.count() + load.solr.count(), load.seconds, load.qps(), load.errors.get());
		System.out.printf(Locale.ROOT, "  %-22s %6s %9s %9s %9s %9s %7s %7s%n", "kind", "n", "api p50", "solr p50",
				"api p99", "solr p99", "p50 ×", "p99 ×");
		load.byKind.forEach((kind, sides) -> row(kind, sides[0], sides[1]));
		row("all", load.api, load.solr);
	}

	private static void row(String kind, Latencies api, Latencies solr) {
		if (api.count() == 0 || solr.count() == 0) {
			return;
		}
		System.out.printf(Locale.ROOT, "  %-22s %6d %9.2f %9.2f %9.2f %9.2f %7.2f %7.2f%n", kind, api.count(),
				api.percentileMillis(50), solr.percentileMillis(50), api.percentileMillis(99), solr.percentileMillis(99),
				api.percentileMillis(50) / solr.percentileMillis(50), api.percentileMillis(99) / solr.percentileMillis(99));
	}
}
