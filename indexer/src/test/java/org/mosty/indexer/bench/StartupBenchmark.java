package org.mosty.indexer.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Startup benchmark: {@code java -jar web/target/mosty.jar} in its default mode (embedded Solr
 * core, H2) on the data set's folder — the 100,000-document index and catalogue — from the start
 * of the process to the first answered search, then the heap in use after a full collection.
 */
final class StartupBenchmark {

	static final String FIRST_SEARCH = "/api/search?q=uchod%C5%BAcy&lang=pl";

	private StartupBenchmark() {
	}

	static ResultLine run(BenchData data) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		try (MostyProcess mosty = MostyProcess.start(data.dataDir(), data.dataDir().resolve("startup-mosty.log"),
				List.of(), "--mosty.solr.mode=embedded")) {
			double seconds = mosty.awaitFirstSearch(http, FIRST_SEARCH, Duration.ofMinutes(3));
			long heap = mosty.heapAfterGcMegabytes();
			System.out.printf(Locale.ROOT, "Startup: first search answered %.1f s after java -jar (pid %d, embedded, %d documents); "
					+ "heap after GC %d MB%n", seconds, mosty.pid(), data.documents(), heap);
			return new ResultLine("startup").add("seconds_to_first_search", seconds, 1).add("heap_mb_after_gc", heap);
		}
	}
}
