package org.mosty.indexer.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Startup benchmark: {@code java -jar web/target/mosty/mosty.jar} (the extracted application, as
 * the README runs it) in its default mode (embedded Solr core, H2) on the data set's folder — the
 * 100,000-document index and catalogue — from the start of the process to the first answered
 * search, then the heap in use after a full collection. The single {@code web/target/mosty.jar}
 * is started the same way before, for comparison (printed, and in the RESULT line).
 */
final class StartupBenchmark {

	static final String FIRST_SEARCH = "/api/search?q=uchod%C5%BAcy&lang=pl";

	private StartupBenchmark() {
	}

	static ResultLine run(BenchData data) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		// the single jar first, for comparison: its libraries nested inside make every class load slower
		double single;
		try (MostyProcess mosty = MostyProcess.start(MostyProcess.SINGLE_JAR, data.dataDir(),
				data.dataDir().resolve("startup-single-jar-mosty.log"), List.of(), "--mosty.solr.mode=embedded")) {
			single = mosty.awaitFirstSearch(http, FIRST_SEARCH, Duration.ofMinutes(3));
			System.out.printf(Locale.ROOT, "Startup (single jar, %s): first search answered %.1f s after java -jar%n",
					MostyProcess.SINGLE_JAR, single);
		}
		try (MostyProcess mosty = MostyProcess.start(data.dataDir(), data.dataDir().resolve("startup-mosty.log"),
				List.of(), "--mosty.solr.mode=embedded")) {
			double seconds = mosty.awaitFirstSearch(http, FIRST_SEARCH, Duration.ofMinutes(3));
			double cpu = mosty.cpuSeconds();
			long heap = mosty.heapAfterGcMegabytes();
			System.out.printf(Locale.ROOT, "Startup (%s): first search answered %.1f s after java -jar (pid %d, embedded, "
					+ "%d documents; %.1f s of CPU by then); heap after GC %d MB%n", MostyProcess.JAR, seconds, mosty.pid(),
					data.documents(), cpu, heap);
			return new ResultLine("startup").add("seconds_to_first_search", seconds, 1)
				.add("heap_mb_after_gc", heap)
				.add("single_jar_seconds", single, 1);
		}
	}
}
