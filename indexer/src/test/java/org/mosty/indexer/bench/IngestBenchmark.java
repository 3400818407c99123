package org.mosty.indexer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mosty.config.MostyProperties;
import org.mosty.indexer.IndexerTestApplication;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.extraction.ExtractionException;
import org.mosty.indexer.extraction.ExtractionProperties;
import org.mosty.indexer.extraction.PipesTextExtractor;
import org.mosty.indexer.extraction.TextLimit;
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
 * models loaded) and go over the files three times, taking turns ({@code bench.ingest.passes}),
 * the last pass being the result, so the figures compare steady-state throughput: a first pass also pays for the JIT
 * compiling either path, which on two cores takes as much CPU as Mosty's own work per document. Prints documents/s, MB/s, the
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
		// -Dbench.cold=true: one pass, no warm-up document on either side (child JVMs not started, Mosty's
		// language models loading in the background unless -Dbench.language-warm-up=false): what the
		// first upload after a start costs. Otherwise bench.ingest.passes (3) passes over the files, the
		// sides taking turns, with the same child JVMs and the same running application throughout; the
		// last pass is the result: the first ones also pay for the JIT compiling both paths (on two cores
		// C2 took as much CPU as the documents' own processing in Mosty's first pass)
		boolean cold = Boolean.getBoolean("bench.cold");
		int passes = cold ? 1 : Math.max(1, Integer.getInteger("bench.ingest.passes", 3));
		try {
			ExtractionProperties extraction = new ExtractionProperties(2, Duration.ofSeconds(120),
					DataSize.ofMegabytes(512), 1000, Duration.ofSeconds(60), new ExtractionProperties.Ocr(true, "pol+ukr+eng"),
					List.of(), List.of());
			IngestProperties ingest = new IngestProperties(10, Duration.ZERO, 5_000_000, 6, Duration.ofSeconds(1));
			Path warmUp = work.resolve("warm-up.txt");
			Files.writeString(warmUp, WARM_UP, java.nio.charset.StandardCharsets.UTF_8);
			String languageWarmUp = System.getProperty("bench.language-warm-up", "true");
			PipesTextExtractor extractor = new PipesTextExtractor(extraction, new TextLimit(ingest.maxTextChars()),
					new MostyProperties(work.resolve("tika-only")));
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IndexerTestApplication.class).run(
					"--mosty.data-dir=" + work.resolve("mosty"), "--mosty.samples=false", "--mosty.ingest.poll-interval=0s",
					"--mosty.language.warm-up=" + languageWarmUp, "--spring.main.banner-mode=off",
					"--logging.level.org.mosty=WARN", "--logging.level.root=WARN")) {
				if (!cold) {
					extractor.extract(warmUp, "warm-up.txt"); // timing starts with the child JVMs running
					extractor.extract(warmUp, "warm-up.txt");
					register(context, List.of(warmUp));
					IngestAwait.untilIdle(context, Duration.ofMinutes(2)); // Mosty's child JVMs up
					BenchContext.awaitLanguageWarmUp(); // every language model loaded, not only the warm-up's
				}
				Pass tika = null;
				Pass mosty = null;
				// the two sides take turns, so both see the same machine (a shared one drifts by 20 % and more)
				for (int pass = 1; pass <= passes; pass++) {
					List<Path> passFiles = pass == 1 ? files : variants(files, library, work.resolve("pass-" + pass), pass);
					if (!cold) {
						BenchContext.awaitQuietJit();
					}
					tika = tikaAlone(extractor, passFiles, rss);
					System.out.printf(Locale.ROOT, "Tika alone, pass %d: %d docs (%d failed) in %.1f s: %.2f docs/s, "
							+ "%.2f MB/s, peak RSS %d MB%n", pass, files.size(), tika.failed, tika.seconds,
							files.size() / tika.seconds, megabytes / tika.seconds, tika.peakMegabytes);
					System.out.println("  " + tika.notes);
					if (!cold) {
						BenchContext.awaitQuietJit();
					}
					mosty = mosty(context, passFiles, rss);
					System.out.printf(Locale.ROOT, "Mosty (%s), pass %d: %d docs (%s) in %.1f s: %.2f docs/s, %.2f MB/s, "
							+ "peak RSS %d MB; ratio %.2f%n", cold ? "cold, language warm-up " + languageWarmUp : "warmed",
							pass, files.size(), mosty.outcome, mosty.seconds, files.size() / mosty.seconds,
							megabytes / mosty.seconds, mosty.peakMegabytes, tika.seconds / mosty.seconds);
					System.out.println("  " + mosty.notes);
				}
				double mostyDocs = files.size() / mosty.seconds;
				double tikaDocs = files.size() / tika.seconds;
				System.out.printf(Locale.ROOT,
						"RESULT ingest docs_per_s=%.2f mb_per_s=%.2f tika_docs_per_s=%.2f ratio_vs_tika=%.2f peak_rss_mb=%d%n",
						mostyDocs, megabytes / mosty.seconds, tikaDocs, mostyDocs / tikaDocs,
						Math.max(mosty.peakMegabytes, tika.peakMegabytes));
			}
			finally {
				extractor.destroy();
			}
		}
		finally {
			rss.interrupt();
		}
		System.exit(0);
	}

	/**
	 * Copies of the files that are new to Mosty's catalogue (another SHA-256; the same file again
	 * would be a duplicate) and extract to the same text: a PDF gets a comment line after its end,
	 * a ZIP container (DOCX) a comment in its end record, any other file {@code pass} line ends.
	 */
	static List<Path> variants(List<Path> files, Path library, Path into, int pass) throws IOException {
		List<Path> copies = new ArrayList<>();
		for (Path file : files) {
			Path copy = into.resolve(library.relativize(file).toString());
			Files.createDirectories(copy.getParent());
			byte[] bytes = Files.readAllBytes(file);
			byte[] mark = ("pass " + pass).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			int end = bytes.length - 22;
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length + 32);
			if (end >= 0 && bytes[end] == 0x50 && bytes[end + 1] == 0x4b && bytes[end + 2] == 5 && bytes[end + 3] == 6
					&& bytes[end + 20] == 0 && bytes[end + 21] == 0) {
				bytes[end + 20] = (byte) mark.length; // the end-of-central-directory record's comment length
				out.write(bytes);
				out.write(mark);
			}
			else if (file.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
				out.write(bytes);
				out.write(("\n%" + new String(mark, java.nio.charset.StandardCharsets.US_ASCII) + "\n")
					.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			}
			else {
				out.write(bytes);
				out.write("\n".repeat(pass).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			}
			Files.write(copy, out.toByteArray());
			copies.add(copy);
		}
		return copies;
	}

	private static void register(ConfigurableApplicationContext context, List<Path> files) throws IOException {
		FileImporter importer = context.getBean(FileImporter.class);
		for (Path file : files) {
			importer.register(file, FileImporter.defaultMetadata(file,
					new FileImporter.Defaults("other", AccessLevel.PUBLIC, null, null, null)));
		}
	}

	/** CPU time of this JVM and of its child processes from a start. */
	record Cpu(double jvm, Map<Long, Double> children) {

		static Cpu start() {
			return new Cpu(jvmSeconds(), ThreadCpu.children());
		}

		/** "CPU ms per document: this JVM …, child processes …" since the start. */
		String perDocument(int documents) {
			return String.format(Locale.ROOT, "CPU ms per document: this JVM %.0f, child processes %.0f",
					(jvmSeconds() - jvm) * 1000 / documents,
					ThreadCpu.childrenSeconds(children, ThreadCpu.children()) * 1000 / documents);
		}

		private static double jvmSeconds() {
			return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
		}
	}

	/** One timed pass over the files: seconds, failures, peak memory and what to print about it. */
	record Pass(double seconds, int failed, long peakMegabytes, String outcome, String notes) {
	}

	/** The files through the child-JVM pool from 2 threads, nothing else. */
	private static Pass tikaAlone(PipesTextExtractor extractor, List<Path> files, RssSampler rss) throws Exception {
		Map<String, Double> took = new ConcurrentHashMap<>();
		rss.reset();
		Cpu cpu = Cpu.start();
		long start = System.nanoTime();
		int failed = 0;
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (Path file : files) {
				results.add(pool.submit(() -> {
					long began = System.nanoTime();
					try {
						extractor.extract(file, file.getFileName().toString());
						return true;
					}
					catch (ExtractionException ex) {
						return false;
					}
					finally {
						took.put(file.getFileName().toString(), (System.nanoTime() - began) / 1e9);
					}
				}));
			}
			for (Future<Boolean> result : results) {
				failed += result.get() ? 0 : 1;
			}
		}
		finally {
			pool.shutdown();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		String slowest = took.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.limit(5)
			.map(entry -> String.format(Locale.ROOT, "%s %.1f", entry.getKey(), entry.getValue()))
			.collect(Collectors.joining(", "));
		return new Pass(seconds, failed, rss.peakMegabytes(), "", cpu.perDocument(files.size()) + "; slowest files (s): "
				+ slowest);
	}

	/**
	 * Mosty's whole ingest path, in the running application: registration of every file, then the
	 * ingest job until nothing is PENDING, and a commit.
	 */
	private static Pass mosty(ConfigurableApplicationContext context, List<Path> files, RssSampler rss)
			throws Exception {
		FileImporter importer = context.getBean(FileImporter.class);
		Catalogue catalogue = context.getBean(Catalogue.class);
		long indexedBefore = catalogue.count(DocumentStatus.INDEXED);
		long failedBefore = catalogue.count(DocumentStatus.FAILED);
		rss.reset();
		Cpu total = Cpu.start();
		Map<String, Double> threads = ThreadCpu.byKind(ProcessHandle.current().pid());
		long start = System.nanoTime();
		int refused = 0;
		for (Path file : files) {
			FileImporter.Result result = importer.register(file, FileImporter.defaultMetadata(file,
					new FileImporter.Defaults("other", AccessLevel.PUBLIC, null, null, null)));
			refused += result.outcome() == FileImporter.Outcome.REJECTED ? 1 : 0;
		}
		IngestAwait.untilIdle(context, Duration.ofMinutes(30));
		double seconds = (System.nanoTime() - start) / 1e9;
		String cpu = total.perDocument(files.size()) + "; this JVM's threads: "
				+ ThreadCpu.perUnit(threads, ThreadCpu.byKind(ProcessHandle.current().pid()), files.size(), 5);
		long failed = catalogue.count(DocumentStatus.FAILED) - failedBefore;
		String outcome = String.format(Locale.ROOT, "%d indexed, %d failed, %d refused",
				catalogue.count(DocumentStatus.INDEXED) - indexedBefore, failed, refused);
		return new Pass(seconds, (int) failed, rss.peakMegabytes(), outcome, cpu);
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
