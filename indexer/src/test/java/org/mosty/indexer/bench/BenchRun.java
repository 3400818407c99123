package org.mosty.indexer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of {@code bench/run search|reindex|startup} (issue 9), run from the repository
 * root. System properties: {@code bench.data} (data set folder, default
 * {@code target/bench-data}), {@code bench.docs} (generated documents, default 100,000),
 * {@code bench.corpus} (default {@code ../shared/corpus/library}), {@code bench.rounds} (search
 * rounds over the query mix, default 20), {@code bench.reindex.data} and {@code bench.reindex.docs}
 * (the reindex benchmark's own set, default {@code target/bench-data-reindex}, 5,000).
 */
public final class BenchRun {

	private BenchRun() {
	}

	public static void main(String[] args) throws Exception {
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
		if (args.length != 1 || !List.of("search", "reindex", "startup", "growth").contains(args[0])) {
			System.err.println("usage: BenchRun search|reindex|startup|growth");
			System.exit(2);
		}
		Path library = Path.of(System.getProperty("bench.corpus", "../shared/corpus/library"));
		if (!Files.isDirectory(library)) {
			System.err.println("The corpus library is missing: " + library.toAbsolutePath()
					+ " (set -Dbench.corpus=...)");
			System.exit(2);
		}
		if (!args[0].equals("reindex")) {
			MostyProcess.requireJar();
		}
		if (args[0].equals("growth")) {
			growth(library);
			System.exit(0);
		}
		// the reindex benchmark runs reindexJob and raw SolrJ over the whole catalogue, and making its
		// set detects every document's languages once: at 100,000 documents that would take most of an
		// hour on two cores, so it has a smaller set of its own
		BenchData data = args[0].equals("reindex")
				? new BenchData(Path.of(System.getProperty("bench.reindex.data", "target/bench-data-reindex")),
						Integer.getInteger("bench.reindex.docs", 5_000), true)
				: new BenchData(Path.of(System.getProperty("bench.data", "target/bench-data")),
						Integer.getInteger("bench.docs", 100_000), false);
		System.out.printf(Locale.ROOT, "Machine: %d cores, JDK %s, max heap of this JVM %d MB%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() / 1024 / 1024);
		data.ensure(library);
		ResultLine result = switch (args[0]) {
			case "search" -> SearchBenchmark.run(data,
					Path.of("indexer", "src", "test", "resources", "relevance", "queries.tsv"),
					Integer.getInteger("bench.warmup", 10), Integer.getInteger("bench.rounds", 20));
			case "reindex" -> ReindexBenchmark.run(data);
			case "startup" -> StartupBenchmark.run(data);
			default -> throw new IllegalArgumentException(args[0]);
		};
		System.out.println(result);
		System.exit(0);
	}

	/**
	 * {@code bench/run growth} (issue 21): every size of {@code bench.growth.sizes} (default
	 * 10,000, 100,000 and 1,000,000 generated documents) made or reused, measured, and reported:
	 * one {@code RESULT growth} line per size, the table, and the plot ({@code bench.growth.plot},
	 * default {@code docs/growth.svg}). The 100,000 set is the search benchmark's
	 * ({@code bench.data}); the others are kept next to it as {@code <bench.data>-<size>}.
	 */
	private static void growth(Path library) throws Exception {
		Path queries = Path.of("indexer", "src", "test", "resources", "relevance", "queries.tsv");
		GrowthBenchmark.Settings settings = GrowthBenchmark.Settings.fromProperties();
		String base = System.getProperty("bench.data", "target/bench-data");
		List<GrowthBenchmark.Figures> sizes = new java.util.ArrayList<>();
		BenchData data = null;
		for (String size : System.getProperty("bench.growth.sizes", "10000,100000,1000000").split(",")) {
			int generated = Integer.parseInt(size.strip());
			data = new BenchData(Path.of(generated == 100_000 ? base : base + "-" + generated), generated, false);
			data.ensure(library);
			GrowthBenchmark.Figures figures = GrowthBenchmark.measure(data, queries, settings);
			System.out.println(figures.result());
			sizes.add(figures);
		}
		System.out.print(GrowthReport.table(sizes));
		Path plot = Path.of(System.getProperty("bench.growth.plot", "docs/growth.svg"));
		GrowthReport.writePlot(sizes, plot, GrowthReport.caption(settings.connections()));
		System.out.println("Plot: " + plot);
		ResultLine cloud = null;
		if (Boolean.parseBoolean(System.getProperty("bench.growth.cloud", "true"))) {
			// the last size of the run
			SearchBenchmark.Load load = GrowthCloud.measure(data, queries, settings);
			GrowthBenchmark.Figures single = sizes.get(sizes.size() - 1);
			cloud = new ResultLine("growth_cloud").add("docs", single.docs())
				.add("shards", 2)
				.add("api_p50_ms", load.api.percentileMillis(50), 2)
				.add("api_p99_ms", load.api.percentileMillis(99), 2)
				.add("solr_p50_ms", load.solr.percentileMillis(50), 2)
				.add("solr_p99_ms", load.solr.percentileMillis(99), 2)
				.add("qps", load.qps(), 1)
				.add("errors", load.errors.get())
				.add("api_p50_vs_one_core", load.api.percentileMillis(50) / single.apiP50(), 2)
				.add("api_p99_vs_one_core", load.api.percentileMillis(99) / single.apiP99(), 2)
				.add("qps_vs_one_core", load.qps() / single.qps(), 2);
			System.out.println(cloud);
		}
		System.out.println();
		for (GrowthBenchmark.Figures figures : sizes) {
			System.out.println(figures.result());
		}
		if (cloud != null) {
			System.out.println(cloud);
		}
	}
}
