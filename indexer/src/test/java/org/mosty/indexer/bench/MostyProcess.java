package org.mosty.indexer.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application as its own process, the way an administrator starts it ({@code java -jar
 * web/target/mosty/mosty.jar}, the extracted layout the build writes next to the single
 * {@code web/target/mosty.jar}), with its console written to a log file.
 */
final class MostyProcess implements AutoCloseable {

	/** The extracted application: mosty.jar and lib/ (what the README runs). */
	static final Path JAR = Path.of("web", "target", "mosty", "mosty.jar");

	/** The single jar with its libraries nested inside. */
	static final Path SINGLE_JAR = Path.of("web", "target", "mosty.jar");

	private static final Pattern USED = Pattern.compile("used (\\d+)K");

	private final Process process;

	private final long startedNanos;

	private final int port;

	private MostyProcess(Process process, long startedNanos, int port) {
		this.process = process;
		this.startedNanos = startedNanos;
		this.port = port;
	}

	static void requireJar() {
		for (Path jar : List.of(JAR, SINGLE_JAR)) {
			if (!Files.isRegularFile(jar)) {
				throw new IllegalStateException(jar + " is missing: build first (./mvnw -B -ntp package -DskipTests)");
			}
		}
	}

	static MostyProcess start(Path dataDir, Path log, List<String> jvmOptions, String... args) throws IOException {
		return start(JAR, dataDir, log, jvmOptions, args);
	}

	static MostyProcess start(Path jar, Path dataDir, Path log, List<String> jvmOptions, String... args)
			throws IOException {
		requireJar();
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
				"--server.address=127.0.0.1", "--mosty.data-dir=" + dataDir.toAbsolutePath(), "--mosty.samples=false",
				"--spring.main.banner-mode=off"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("MOSTY_ADMIN_PASSWORD", "bench-admin-password-not-secret");
		long started = System.nanoTime();
		return new MostyProcess(builder.start(), started, port);
	}

	String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	long pid() {
		return process.pid();
	}

	/** CPU time the process has used so far (all its threads: requests, JIT, GC), in seconds. */
	double cpuSeconds() {
		return process.toHandle()
			.info()
			.totalCpuDuration()
			.map(duration -> duration.toNanos() / 1e9)
			.orElse(Double.NaN);
	}

	/** CPU seconds per kind of thread of the process so far ({@link ThreadCpu}). */
	java.util.Map<String, Double> cpuSecondsByThreadKind() {
		return ThreadCpu.byKind(process.pid());
	}

	/**
	 * JVM options for the application from {@code -Dbench.mosty.opts} (space-separated; bench/run
	 * passes {@code BENCH_MOSTY_OPTS}), for example a flight recording while a benchmark runs.
	 */
	static List<String> jvmOptionsFromProperty() {
		String options = System.getProperty("bench.mosty.opts", "").strip();
		return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
	}

	/**
	 * Asks for a search until one is answered (200) and returns the seconds since the process was
	 * started.
	 */
	double awaitFirstSearch(HttpClient http, String pathAndQuery, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery))
			.timeout(Duration.ofSeconds(30))
			.build();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Mosty ended with exit code " + process.exitValue() + " (see its log)");
			}
			try {
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return (System.nanoTime() - startedNanos) / 1e9;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("No search answered within " + timeout);
	}

	/** Heap in use after a full collection ({@code jcmd GC.run}, then {@code GC.heap_info}), in MB. */
	long heapAfterGcMegabytes() throws Exception {
		jcmd("GC.run");
		return parseUsedKilobytes(jcmd("GC.heap_info")) / 1024;
	}

	static long parseUsedKilobytes(String heapInfo) {
		Matcher used = USED.matcher(heapInfo);
		if (!used.find()) {
			throw new IllegalStateException("No heap figure in: " + heapInfo);
		}
		return Long.parseLong(used.group(1));
	}

	String jcmd(String command) throws Exception {
		Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				Long.toString(process.pid()), command)
			.redirectErrorStream(true)
			.start();
		String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
			throw new IllegalStateException("jcmd " + command + " failed: " + out);
		}
		return out;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}
}
