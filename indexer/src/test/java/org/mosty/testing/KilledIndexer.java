package org.mosty.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mosty.indexer.IndexerTestApplication;

/**
 * For the {@code kill -9} tests: an inbox of small Polish notes, and the indexer application as a
 * real child process (the test class path, its own arguments) killed with SIGKILL once it has
 * written some documents.
 */
public final class KilledIndexer {

	private static final Pattern WRITTEN = Pattern.compile("ingest: (\\d+) documents written");

	private KilledIndexer() {
	}

	/** {@code count} distinct text files {@code notatka-NNN.txt} in {@code inbox}. */
	public static void writeNotes(Path inbox, int count) throws IOException {
		Files.createDirectories(inbox);
		for (int i = 0; i < count; i++) {
			Files.writeString(inbox.resolve(String.format(Locale.ROOT, "notatka-%03d.txt", i)), "Notatka numer " + i
					+ ". Punkt konsultacyjny dla osób z Ukrainy przyjmuje wnioski o pomoc w sprawach mieszkaniowych "
					+ "i zatrudnienia, dyżur numer " + (i * 7919 % 1000) + ".", StandardCharsets.UTF_8);
		}
	}

	/**
	 * Starts the indexer with {@code arguments}, kills it with SIGKILL (no shutdown hooks, no
	 * clean-up) once it has logged at least {@code writtenBeforeKill} documents written, and answers
	 * how many it had written.
	 */
	public static int runAndKill(List<String> arguments, int writtenBeforeKill) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
			.toString(), "-Xmx768m", "-cp", System.getProperty("java.class.path"),
				IndexerTestApplication.class.getName()));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		AtomicInteger written = new AtomicInteger();
		Thread reader = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = out.readLine()) != null) {
					Matcher matcher = WRITTEN.matcher(line);
					if (matcher.find()) {
						written.addAndGet(Integer.parseInt(matcher.group(1)));
					}
				}
			}
			catch (IOException ex) {
				// the process is gone
			}
		});
		reader.setDaemon(true);
		reader.start();
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (written.get() < writtenBeforeKill && process.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(process.isAlive()).as("the child process is still running").isTrue();
		process.destroyForcibly(); // SIGKILL
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return written.get();
	}
}
