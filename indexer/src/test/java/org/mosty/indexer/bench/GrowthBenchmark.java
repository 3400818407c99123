package org.mosty.indexer.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Growth benchmark (issue 21): for each data set size, in one run, what an administrator needs to
 * know to size a server. Per size, three phases on the same kept data set ({@link BenchData}):
 * <ol>
 * <li>the application as the README runs it (embedded Solr core, H2): seconds from
 * {@code java -jar} to the first answered search, then the query mix, suggestions and related
 * documents once each (so Solr's caches and sort structures are what a running server holds), then
 * the heap in use after a full collection;</li>
 * <li>the search benchmark's set-up ({@code http} mode, Solr in this JVM): the query mix through
 * {@code /api/search} and the same Solr requests straight to Solr, interleaved, from a few
 * connections; facet-only browsing is the mix's {@code browse} kind; then the captured facet
 * requests as sent against other settings ({@link #compare}); then suggestions and related
 * documents from one connection;</li>
 * <li>{@code reindexJob} in this JVM, stopped after a fixed number of documents, taking turns with
 * raw SolrJ adds of the same documents ({@link GrowthReindex}).</li>
 * </ol>
 * Each size ends with a {@code RESULT growth} line; the run ends with the table and the plot.
 * {@code bench/run growth} then runs the alert job on every size's set and prints them again with
 * its time per saved search ({@link GrowthReport#main}).
 */
final class GrowthBenchmark {

	/**
	 * One size's figures. {@code alertMsPerSearch} is the alert job's wall time per saved search,
	 * measured after the Java run by {@code bench/alerts} on the same set (NaN until then).
	 */
	record Figures(long docs, double indexMb, long heapMb, double firstSearchSeconds, double apiP50, double apiP99,
			double solrP50, double solrP99, double browseP50, double suggestP50, double relatedP50, double qps,
			double reindexDocsPerSecond, double solrjDocsPerSecond, double alertMsPerSearch) {

		Figures withAlerts(double msPerSavedSearch) {
			return new Figures(docs, indexMb, heapMb, firstSearchSeconds, apiP50, apiP99, solrP50, solrP99, browseP50,
					suggestP50, relatedP50, qps, reindexDocsPerSecond, solrjDocsPerSecond, msPerSavedSearch);
		}

		ResultLine result() {
			ResultLine line = new ResultLine("growth").add("docs", docs)
				.add("index_mb", indexMb, 0)
				.add("heap_mb", heapMb)
				.add("first_search_s", firstSearchSeconds, 1)
				.add("api_p50_ms", apiP50, 2)
				.add("api_p99_ms", apiP99, 2)
				.add("solr_p50_ms", solrP50, 2)
				.add("solr_p99_ms", solrP99, 2)
				.add("browse_p50_ms", browseP50, 2)
				.add("suggest_p50_ms", suggestP50, 2)
				.add("related_p50_ms", relatedP50, 2)
				.add("qps", qps, 1)
				.add("reindex_docs_per_s", reindexDocsPerSecond, 1)
				.add("reindex_ratio_vs_solrj", reindexDocsPerSecond / solrjDocsPerSecond, 2);
			return Double.isNaN(alertMsPerSearch) ? line : line.add("alert_ms_per_search", alertMsPerSearch, 2);
		}
	}

	/**
	 * The facet methods before issue 21 (doc values for every facet), against which the run measures
	 * solrconfig.xml's: the small vocabularies counted term by term from the filter cache (enum).
	 */
	static final String FACETS_BEFORE = java.util.stream.Stream
		.of("type", "topics", "languages", "region", "audience")
		.map(field -> "f." + field + ".facet.method=fc")
		.collect(java.util.stream.Collectors.joining("&"));

	/** The knobs of a run, from system properties ({@code bench/run} passes its environment). */
	record Settings(int connections, int warmUpRounds, int rounds, int reindexDocs, int sideRequests,
			List<String> compare) {

		static Settings fromProperties() {
			return new Settings(Integer.getInteger("bench.growth.connections", 4),
					Integer.getInteger("bench.growth.warmup", 3), Integer.getInteger("bench.growth.rounds", 5),
					Integer.getInteger("bench.growth.reindex.docs", 5_000),
					Integer.getInteger("bench.growth.side.requests", 3),
					java.util.Arrays.stream(System.getProperty("bench.growth.compare", FACETS_BEFORE).split(";"))
						.map(String::strip)
						.filter(variant -> !variant.isEmpty())
						.toList());
		}
	}

	private GrowthBenchmark() {
	}

	static Figures measure(BenchData data, Path queries, Settings settings) throws Exception {
		List<QueryMix.Request> mix = QueryMix.fromJudgements(queries);
		List<String> suggestPaths = suggestPaths(mix);
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		double indexMb = megabytes(data.solrHome().resolve("mosty").resolve("data"));
		System.out.printf(Locale.ROOT, "Growth at %,d documents: index %.0f MB on disk%n", data.documents(), indexMb);

		double firstSearch;
		long heapMb;
		List<String> relatedPaths;
		try (MostyProcess mosty = MostyProcess.start(data.dataDir(), data.dataDir().resolve("growth-embedded-mosty.log"),
				MostyProcess.jvmOptionsFromProperty(), "--mosty.solr.mode=embedded")) {
			firstSearch = mosty.awaitFirstSearch(http, StartupBenchmark.FIRST_SEARCH, Duration.ofMinutes(10));
			relatedPaths = relatedPaths(http, mosty, mix);
			for (QueryMix.Request request : mix) {
				get(http, URI.create(mosty.baseUrl() + request.path()));
			}
			sequential(http, mosty, suggestPaths, 1);
			sequential(http, mosty, relatedPaths, 1);
			heapMb = mosty.heapAfterGcMegabytes();
			System.out.printf(Locale.ROOT, "  embedded: first search %.1f s after java -jar; heap after the mix and a "
					+ "full GC %d MB%n", firstSearch, heapMb);
		}

		SearchBenchmark.Load measured;
		List<ResultLine> compared = new ArrayList<>();
		Latencies suggest;
		Latencies related;
		try (BenchSolr solr = BenchSolr.start(data.solrHome(), List.of("mosty"), List.of());
				MostyProcess mosty = MostyProcess.start(data.dataDir(), data.dataDir().resolve("growth-http-mosty.log"),
						MostyProcess.jvmOptionsFromProperty(), "--mosty.solr.mode=http", "--mosty.solr.url=" + solr.baseUrl(),
						"--mosty.ingest.poll-interval=0s")) {
			mosty.awaitFirstSearch(http, mix.get(0).path(), Duration.ofMinutes(10));
			List<SearchBenchmark.Pair> pairs = SearchBenchmark.capture(http, mosty, solr, mix);
			SearchBenchmark.Load warm = SearchBenchmark.load(http, pairs, settings.warmUpRounds(), 1, settings.connections());
			System.out.printf(Locale.ROOT, "  http mode: %d requests of the mix, %d connections; warm-up %d rounds "
					+ "(%d errors)%n", pairs.size(), settings.connections(), settings.warmUpRounds(), warm.errors.get());
			Profiles profiles = Profiles.start(mosty, data.documents());
			System.out.printf(Locale.ROOT, "  measured phase from %s%n", java.time.LocalTime.now(java.time.ZoneOffset.UTC));
			measured = SearchBenchmark.load(http, pairs, settings.rounds(), 2, settings.connections());
			profiles.stop();
			SearchBenchmark.print(measured);
			for (String variant : settings.compare()) {
				compared.add(compare(http, solr, pairs, settings, data.documents(), variant));
			}
			sequential(http, mosty, suggestPaths, 1);
			suggest = sequential(http, mosty, suggestPaths, settings.sideRequests());
			sequential(http, mosty, relatedPaths, 1);
			related = sequential(http, mosty, relatedPaths, settings.sideRequests());
			System.out.printf(Locale.ROOT, "  one connection: suggest p50 %.2f ms p99 %.2f ms (%d); related p50 %.2f ms "
					+ "p99 %.2f ms (%d)%n", suggest.percentileMillis(50), suggest.percentileMillis(99), suggest.count(),
					related.percentileMillis(50), related.percentileMillis(99), related.count());
		}
		if (measured.errors.get() > 0) {
			throw new IllegalStateException(measured.errors.get() + " searches failed at " + data.documents()
					+ " documents (see growth-http-mosty.log)");
		}

		GrowthReindex.Rates reindex = GrowthReindex.measure(data, settings.reindexDocs());
		Latencies[] browse = measured.byKind.get("browse");
		compared.forEach(System.out::println);
		return new Figures(data.documents(), indexMb, heapMb, firstSearch, measured.api.percentileMillis(50),
				measured.api.percentileMillis(99), measured.solr.percentileMillis(50), measured.solr.percentileMillis(99),
				browse[0].percentileMillis(50), suggest.percentileMillis(50), related.percentileMillis(50), measured.qps(),
				reindex.mosty(), reindex.solrj(), Double.NaN);
	}

	/**
	 * A Solr setting before and after, in one run (issue 21): every captured Solr request that counts
	 * facets, as Mosty sends it with solrconfig.xml's settings, against the same request with
	 * {@code variant} appended (the setting as it was, such as {@code facet.method=fc}). First, every
	 * request is asked once both ways as JSON without the header: a setting that only changes how Solr
	 * counts must give the same answers ({@code answers_differing}). Then both are timed, interleaved
	 * under the same load, and then the first facet-only browse after a change ({@link AfterChange}).
	 * Ends with a {@code RESULT growth_compare} line.
	 */
	static ResultLine compare(HttpClient http, BenchSolr solr, List<SearchBenchmark.Pair> pairs, Settings settings,
			long docs, String variant) throws Exception {
		List<SearchBenchmark.Pair> sentVariant = new ArrayList<>();
		for (SearchBenchmark.Pair pair : pairs) {
			if (pair.solr().getRawQuery() != null && pair.solr().getRawQuery().contains("facet.field=")) {
				sentVariant.add(new SearchBenchmark.Pair(pair.kind(), pair.solr(), URI.create(pair.solr() + "&" + variant)));
			}
		}
		int differing = 0;
		for (SearchBenchmark.Pair pair : sentVariant) {
			String readable = "&wt=json&omitHeader=true";
			if (!get(http, URI.create(pair.api() + readable)).equals(get(http, URI.create(pair.solr() + readable)))) {
				differing++;
			}
		}
		SearchBenchmark.Load load = SearchBenchmark.load(http, sentVariant, settings.rounds(), 4, settings.connections());
		Latencies[] browse = load.byKind.get("browse");
		URI browseUri = sentVariant.stream().filter(pair -> pair.kind().equals("browse")).findFirst().orElseThrow().api();
		AfterChange afterChange = AfterChange.measure(http, solr, browseUri, URI.create(browseUri + "&" + variant));
		System.out.printf(Locale.ROOT, "  %s (straight to Solr, %d requests with facets), as sent / with it: p50 %.2f / "
				+ "%.2f ms, p99 %.2f / %.2f ms; browse p50 %.2f / %.2f ms; first browse after a change p50 %.1f / %.1f ms; "
				+ "%d answers differ%n", variant, sentVariant.size(), load.api.percentileMillis(50), load.solr.percentileMillis(50),
				load.api.percentileMillis(99), load.solr.percentileMillis(99), browse[0].percentileMillis(50),
				browse[1].percentileMillis(50), afterChange.sent().percentileMillis(50), afterChange.variant().percentileMillis(50),
				differing);
		return new ResultLine("growth_compare").add("docs", docs)
			.word("variant", variant.replace('=', ':').replace('&', '-'))
			.add("sent_p50_ms", load.api.percentileMillis(50), 2)
			.add("variant_p50_ms", load.solr.percentileMillis(50), 2)
			.add("sent_browse_p50_ms", browse[0].percentileMillis(50), 2)
			.add("variant_browse_p50_ms", browse[1].percentileMillis(50), 2)
			.add("sent_after_change_ms", afterChange.sent().percentileMillis(50), 1)
			.add("variant_after_change_ms", afterChange.variant().percentileMillis(50), 1)
			.add("p50_ratio", load.api.percentileMillis(50) / load.solr.percentileMillis(50), 2)
			.add("browse_p50_ratio", browse[0].percentileMillis(50) / browse[1].percentileMillis(50), 2)
			.add("answers_differing", differing)
			.add("change_visible_ms", afterChange.commits().percentileMillis(50), 1);
	}

	/**
	 * The first facet-only browse after a change, both ways: a hidden document added and committed
	 * (Solr opens a new searcher and rebuilds what it keeps per searcher), then the browse, three
	 * times a side, taking turns; and how long each change took to become visible, with the filter
	 * cache's size and last warm-up printed after them.
	 */
	record AfterChange(Latencies sent, Latencies variant, Latencies commits) {

		static AfterChange measure(HttpClient http, BenchSolr solr, URI sentBrowse, URI variantBrowse) throws Exception {
			AfterChange measured = new AfterChange(new Latencies(), new Latencies(), new Latencies());
			for (int turn = 0; turn < 6; turn++) {
				long committing = System.nanoTime();
				touch(http, solr, false);
				measured.commits().add(System.nanoTime() - committing);
				boolean sent = turn % 2 == 0;
				long started = System.nanoTime();
				get(http, sent ? sentBrowse : variantBrowse);
				(sent ? measured.sent() : measured.variant()).add(System.nanoTime() - started);
			}
			touch(http, solr, true);
			String filterCache;
			try {
				filterCache = get(http, URI.create(solr.baseUrl() + "/mosty/admin/mbeans?cat=CACHE&key=filterCache&stats=true&wt=json"));
			}
			catch (IllegalStateException ex) {
				filterCache = ""; // the statistics are for reading the figures; the comparison stands without them
			}
			Matcher warm = Pattern.compile("\"CACHE\\.searcher\\.filterCache\\.warmupTime\":(\\d+)").matcher(filterCache);
			Matcher entries = Pattern.compile("\"CACHE\\.searcher\\.filterCache\\.size\":(\\d+)").matcher(filterCache);
			System.out.printf(Locale.ROOT, "  a change made visible (commit, new searcher, caches warmed) p50 %.1f ms; the filter "
					+ "cache holds %s entries, its last warm-up took %s ms%n", measured.commits().percentileMillis(50),
					entries.find() ? entries.group(1) : "?", warm.find() ? warm.group(1) : "?");
			return measured;
		}
	}

	/** A change Solr must open a new searcher for: a restricted document without text added, or removed. */
	private static void touch(HttpClient http, BenchSolr solr, boolean remove) throws Exception {
		String body = remove ? "{\"delete\":{\"id\":\"bench-growth-change\"}}"
				: "{\"add\":{\"doc\":{\"id\":\"bench-growth-change\",\"access\":\"RESTRICTED\",\"title\":\"change "
						+ System.nanoTime() + "\"}}}";
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(solr.baseUrl() + "/mosty/update?commit=true"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Solr refused the change: " + response.body());
		}
	}

	/**
	 * Flight recordings of the measured search phase when {@code bench.growth.jfr} names a folder:
	 * Mosty's process ({@code mosty-<docs>.jfr}, through {@code jcmd}) and this JVM, where Solr
	 * answers both sides ({@code solr-<docs>.jfr}); JFR's {@code profile} settings.
	 */
	record Profiles(MostyProcess mosty, Path folder, long docs, jdk.jfr.Recording own) {

		static Profiles start(MostyProcess mosty, long docs) throws Exception {
			String folder = System.getProperty("bench.growth.jfr", "");
			if (folder.isBlank()) {
				return new Profiles(mosty, null, docs, null);
			}
			Path dir = Files.createDirectories(Path.of(folder).toAbsolutePath());
			mosty.jcmd("JFR.start name=growth settings=profile filename=" + dir.resolve("mosty-" + docs + ".jfr"));
			jdk.jfr.Recording own = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
			own.start();
			return new Profiles(mosty, dir, docs, own);
		}

		void stop() throws Exception {
			if (folder == null) {
				return;
			}
			mosty.jcmd("JFR.stop name=growth");
			own.stop();
			own.dump(folder.resolve("solr-" + docs + ".jfr"));
			own.close();
			System.out.print(JfrSummary.summary(folder.resolve("mosty-" + docs + ".jfr"), 8));
			System.out.print(JfrSummary.summary(folder.resolve("solr-" + docs + ".jfr"), 12));
		}
	}

	/**
	 * What a reader types before picking a suggestion: the first three to five letters of the
	 * first word of each judged query (without repeats), as the UI asks for them.
	 */
	static List<String> suggestPaths(List<QueryMix.Request> mix) {
		Pattern q = Pattern.compile("[?&]q=([^&]+).*?[&]lang=([a-z]{2})");
		Set<String> paths = new LinkedHashSet<>();
		for (QueryMix.Request request : mix) {
			Matcher found = q.matcher(request.path());
			if (!found.find()) {
				continue;
			}
			String word = java.net.URLDecoder.decode(found.group(1), StandardCharsets.UTF_8)
				.strip()
				.split("\\s+")[0]
				.replaceAll("[^\\p{L}]", "");
			if (word.length() < 3) {
				continue;
			}
			String prefix = word.substring(0, Math.min(word.length(), 3 + Math.floorMod(word.hashCode(), 3)));
			paths.add("/api/suggest?q=" + URLEncoder.encode(prefix.toLowerCase(Locale.ROOT), StandardCharsets.UTF_8)
					+ "&lang=" + found.group(2));
		}
		return List.copyOf(paths);
	}

	/** Related documents of the first hit of every tenth search of the mix. */
	private static List<String> relatedPaths(HttpClient http, MostyProcess mosty, List<QueryMix.Request> mix)
			throws Exception {
		Pattern id = Pattern.compile("\"id\":\"([0-9A-Z]{26})\"");
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < mix.size(); i += 10) {
			Matcher found = id.matcher(get(http, URI.create(mosty.baseUrl() + mix.get(i).path())));
			if (found.find()) {
				paths.add("/api/documents/" + found.group(1) + "/related");
			}
		}
		if (paths.isEmpty()) {
			throw new IllegalStateException("No search of the mix found a document");
		}
		return paths;
	}

	/** Every path {@code passes} times from one connection; the latencies of the answers. */
	private static Latencies sequential(HttpClient http, MostyProcess mosty, List<String> paths, int passes)
			throws Exception {
		Latencies latencies = new Latencies();
		for (int pass = 0; pass < passes; pass++) {
			for (String path : paths) {
				long started = System.nanoTime();
				get(http, URI.create(mosty.baseUrl() + path));
				latencies.add(System.nanoTime() - started);
			}
		}
		return latencies;
	}

	private static String get(HttpClient http, URI uri) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	/** The size of everything under a folder, in MB (10^6 bytes). */
	static double megabytes(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> {
				try {
					return Files.size(file);
				}
				catch (IOException ex) {
					return 0; // a segment file merged away while walking
				}
			}).sum() / 1e6;
		}
	}
}
