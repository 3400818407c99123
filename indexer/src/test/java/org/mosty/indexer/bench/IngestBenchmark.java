package org.mosty.indexer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.mosty.config.MostyProperties;
import org.mosty.indexer.IndexerTestApplication;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.extraction.ExtractionException;
import org.mosty.indexer.extraction.ExtractionProperties;
import org.mosty.indexer.extraction.PipesTextExtractor;
import org.mosty.indexer.imports.FileImporter;
import org.mosty.indexer.ingest.IngestProperties;
import org.mosty.testing.IngestAwait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

/**
 * Ingest benchmark (not a test; run by {@code bench/ingest}). The same files twice in one run:
 * <ol>
 * <li>Tika alone: the same pool of child JVMs Mosty uses (Tika pipes, 2 children, same heap,
 * timeout, write limit and OCR), called from 2 threads, nothing else;</li>
 * <li>Mosty's whole ingest path: registration (sniffing, SHA-256, file store, catalogue), the
 * Spring Batch ingest job (extraction in the same pool, Lingua per segment, Solr documents),
 * writes to the embedded Solr core and the catalogue, and a final commit.</li>
 * </ol>
 * Both sides are warmed with one small document before timing (child JVMs started, Lingua's
 * models loaded), so the figures compare steady-state throughput. Prints documents/s, MB/s, the
 * ratio Mosty/Tika and the peak resident memory (this JVM plus its child processes), ending with
 * one {@code RESULT} line.
 */
public final class IngestBenchmark {

	private static final String WARM_UP = "Dokument rozgrzewkowy o pomocy dla uchodźców. "
			+ "Документ про допомогу біженцям. A warm-up document about help for refugees.";

	private IngestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path library = Path.of(args.length > 0 ? args[0] : "../shared/corpus/library").toAbsolutePath().normalize();
		Path work = Files.createTempDirectory("mosty-bench-");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(library)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		long bytes = 0;
		for (Path file : files) {
			bytes += Files.size(file);
		}
		double megabytes = bytes / 1024.0 / 1024.0;
		System.out.printf(Locale.ROOT, "Corpus: %s, %d files, %.1f MB; %d cores, JDK %s%n", library, files.size(),
				megabytes, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

		RssSampler rss = new RssSampler();
		rss.start();

		// 1. Tika alone, in the same child-JVM pool
		ExtractionProperties extraction = new ExtractionProperties(2, Duration.ofSeconds(120), DataSize.ofMegabytes(512),
				1000, Duration.ofSeconds(60), new ExtractionProperties.Ocr(true, "pol+ukr+eng"), List.of(), List.of());
		IngestProperties ingest = new IngestProperties(10, Duration.ZERO, 5_000_000, 6, Duration.ofSeconds(1));
		PipesTextExtractor tika = new PipesTextExtractor(extraction, ingest,
				new MostyProperties(work.resolve("tika-only"), false));
		Path warmUp = work.resolve("warm-up.txt");
		Files.writeString(warmUp, WARM_UP, java.nio.charset.StandardCharsets.UTF_8);
		if (!Boolean.getBoolean("bench.cold")) {
			tika.extract(warmUp, "warm-up.txt"); // both sides start timing with their child JVMs running
			tika.extract(warmUp, "warm-up.txt");
		}
		rss.reset();
		long start = System.nanoTime();
		int tikaFailed = 0;
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (Path file : files) {
				results.add(pool.submit(() -> {
					try {
						tika.extract(file, file.getFileName().toString());
						return true;
					}
					catch (ExtractionException ex) {
						return false;
					}
				}));
			}
			for (Future<Boolean> result : results) {
				tikaFailed += result.get() ? 0 : 1;
			}
		}
		finally {
			pool.shutdown();
		}
		double tikaSeconds = (System.nanoTime() - start) / 1e9;
		long tikaPeak = rss.peakMegabytes();
		tika.destroy();
		double tikaDocs = files.size() / tikaSeconds;
		System.out.printf(Locale.ROOT, "Tika alone:  %d docs (%d failed) in %.1f s: %.2f docs/s, %.2f MB/s, peak RSS %d MB%n",
				files.size(), tikaFailed, tikaSeconds, tikaDocs, megabytes / tikaSeconds, tikaPeak);

		// 2. Mosty's whole ingest path
		// -Dbench.cold=true: Mosty starts timing right after its context is up, with no warm-up document
		// (child JVMs not started, language models loading in the background unless
		// -Dbench.language-warm-up=false): what the first upload after a start costs
		boolean cold = Boolean.getBoolean("bench.cold");
		String languageWarmUp = System.getProperty("bench.language-warm-up", "true");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IndexerTestApplication.class).run(
				"--mosty.data-dir=" + work.resolve("mosty"), "--mosty.samples=false", "--mosty.ingest.poll-interval=0s",
				"--mosty.language.warm-up=" + languageWarmUp, "--spring.main.banner-mode=off",
				"--logging.level.org.mosty=WARN", "--logging.level.root=WARN")) {
			FileImporter importer = context.getBean(FileImporter.class);
			Catalogue catalogue = context.getBean(Catalogue.class);
			if (!cold) {
				importer.register(warmUp, FileImporter.defaultMetadata(warmUp,
						new FileImporter.Defaults("other", AccessLevel.PUBLIC, null, null, null)));
				IngestAwait.untilIdle(context, Duration.ofMinutes(2)); // child JVMs up, language models loaded
			}
			System.out.printf(Locale.ROOT, "Mosty side: %s, language warm-up at start %s%n", cold ? "cold" : "warmed",
					languageWarmUp);
			long warmUpDocuments = catalogue.count(null);
			rss.reset();
			start = System.nanoTime();
			int refused = 0;
			for (Path file : files) {
				FileImporter.Result result = importer.register(file,
						FileImporter.defaultMetadata(file, new FileImporter.Defaults("other", AccessLevel.PUBLIC, null,
								null, null)));
				refused += result.outcome() == FileImporter.Outcome.REJECTED ? 1 : 0;
			}
			IngestAwait.untilIdle(context, Duration.ofMinutes(30));
			double mostySeconds = (System.nanoTime() - start) / 1e9;
			long mostyPeak = rss.peakMegabytes();
			double mostyDocs = files.size() / mostySeconds;
			System.out.printf(Locale.ROOT,
					"Mosty:       %d docs (%d indexed, %d failed, %d refused) in %.1f s: %.2f docs/s, %.2f MB/s, peak RSS %d MB%n",
					files.size(), catalogue.count(DocumentStatus.INDEXED) - warmUpDocuments,
					catalogue.count(DocumentStatus.FAILED), refused,
					mostySeconds, mostyDocs, megabytes / mostySeconds, mostyPeak);
			System.out.printf(Locale.ROOT,
					"RESULT ingest docs_per_s=%.2f mb_per_s=%.2f tika_docs_per_s=%.2f ratio_vs_tika=%.2f peak_rss_mb=%d%n",
					mostyDocs, megabytes / mostySeconds, tikaDocs, mostyDocs / tikaDocs, Math.max(mostyPeak, tikaPeak));
		}
		finally {
			rss.interrupt();
		}
		System.exit(0);
	}

	/** Samples the resident memory of this JVM and all its child processes (Linux /proc). */
	static final class RssSampler extends Thread {

		private final AtomicLong peakKb = new AtomicLong();

		RssSampler() {
			super("rss-sampler");
			setDaemon(true);
		}

		void reset() {
			peakKb.set(0);
		}

		long peakMegabytes() {
			return peakKb.get() / 1024;
		}

		@Override
		public void run() {
			while (!isInterrupted()) {
				long total = rssKb(ProcessHandle.current().pid());
				total += ProcessHandle.current().descendants().mapToLong(child -> rssKb(child.pid())).sum();
				peakKb.accumulateAndGet(total, Math::max);
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		private static long rssKb(long pid) {
			try {
				for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
					if (line.startsWith("VmRSS:")) {
						return Long.parseLong(line.replaceAll("[^0-9]", ""));
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				// the process ended, or no /proc
			}
			return 0;
		}
	}
}
