package org.mosty.indexer.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.mosty.indexer.catalogue.DocumentMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Watches {@code mosty.inbox.dir}: every settled file is registered like an upload (metadata from a
 * sidecar {@code <file>.json} when present, else from the name and the inbox defaults) and moved to
 * {@code processed/} (registered, or the same bytes were already in the library) or to
 * {@code failed/} with the reason in {@code <file>.reason.txt}. A file whose registration was cut
 * short by a crash is simply taken again: the same bytes answer with the same document.
 */
@Component
@EnableConfigurationProperties(InboxProperties.class)
public class Inbox implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Inbox.class);

	private final InboxProperties properties;

	private final FileImporter importer;

	private final JsonMapper json;

	private ScheduledExecutorService executor;

	public Inbox(InboxProperties properties, FileImporter importer, JsonMapper json) {
		this.properties = properties;
		this.importer = importer;
		this.json = json;
	}

	/** Takes in what is in the inbox now; returns what became of each file. */
	public synchronized List<FileImporter.Result> scan() {
		List<FileImporter.Result> results = new ArrayList<>();
		Path dir = properties.dir();
		if (dir == null || !Files.isDirectory(dir)) {
			return results;
		}
		Instant settled = Instant.now().minus(properties.settleTime());
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
			for (Path file : entries) {
				String name = file.getFileName().toString();
				if (Files.isRegularFile(file) && !name.startsWith(".") && !name.endsWith(".part")
						&& !name.endsWith(".tmp") && !name.endsWith(".json")
						&& Files.getLastModifiedTime(file).toInstant().isBefore(settled)) {
					files.add(file);
				}
			}
		}
		catch (IOException ex) {
			log.warn("Cannot read the inbox {}: {}", dir, ex.getMessage());
			return results;
		}
		files.sort(null);
		for (Path file : files) {
			FileImporter.Result result = importer.register(file, metadata(file));
			results.add(result);
			move(file, result);
		}
		return results;
	}

	private DocumentMetadata metadata(Path file) {
		Path sidecar = file.resolveSibling(file.getFileName() + ".json");
		if (Files.isRegularFile(sidecar)) {
			try {
				return json.readValue(Files.readString(sidecar, StandardCharsets.UTF_8), DocumentMetadata.class);
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Inbox: {} is not valid metadata JSON ({}); using defaults", sidecar, ex.getMessage());
			}
		}
		return FileImporter.defaultMetadata(file, new FileImporter.Defaults(properties.type(), properties.access(),
				null, null, null));
	}

	private void move(Path file, FileImporter.Result result) {
		boolean failed = result.outcome() == FileImporter.Outcome.REJECTED;
		Path target = file.resolveSibling(failed ? "failed" : "processed");
		try {
			Files.createDirectories(target);
			Path destination = free(target.resolve(file.getFileName()));
			Files.move(file, destination, StandardCopyOption.ATOMIC_MOVE);
			Path sidecar = file.resolveSibling(file.getFileName() + ".json");
			if (Files.exists(sidecar)) {
				Files.move(sidecar, destination.resolveSibling(destination.getFileName() + ".json"),
						StandardCopyOption.REPLACE_EXISTING);
			}
			if (failed) {
				Files.writeString(destination.resolveSibling(destination.getFileName() + ".reason.txt"),
						result.detail() + "\n", StandardCharsets.UTF_8);
				log.warn("Inbox: {} refused: {}", file.getFileName(), result.detail());
			}
			else {
				log.info("Inbox: {} registered as {}{}", file.getFileName(), result.id(),
						result.outcome() == FileImporter.Outcome.DUPLICATE ? " (already in the library)" : "");
			}
		}
		catch (IOException ex) {
			log.warn("Inbox: could not move {} to {}: {}", file, target, ex.getMessage());
		}
	}

	private static Path free(Path path) {
		if (!Files.exists(path)) {
			return path;
		}
		String name = path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : "";
		for (int i = 1;; i++) {
			Path candidate = path.resolveSibling(base + "-" + i + extension);
			if (!Files.exists(candidate)) {
				return candidate;
			}
		}
	}

	@Override
	public void start() {
		if (properties.dir() == null) {
			return;
		}
		try {
			Files.createDirectories(properties.dir());
		}
		catch (IOException ex) {
			throw new IllegalStateException("mosty.inbox.dir " + properties.dir() + " cannot be created", ex);
		}
		executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "mosty-inbox");
			thread.setDaemon(true);
			return thread;
		});
		long millis = Math.max(100, properties.pollInterval().toMillis());
		executor.scheduleWithFixedDelay(this::scanQuietly, 0, millis, TimeUnit.MILLISECONDS);
		log.info("Watching the inbox {} every {}", properties.dir().toAbsolutePath(), properties.pollInterval());
	}

	private void scanQuietly() {
		try {
			scan();
		}
		catch (RuntimeException ex) {
			log.error("Inbox scan failed; it will be tried again", ex);
		}
	}

	@Override
	public void stop() {
		if (executor != null) {
			executor.shutdown();
			try {
				executor.awaitTermination(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			executor = null;
		}
	}

	@Override
	public boolean isRunning() {
		return executor != null;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 500; // a higher phase stops first: before the ingest launcher
	}
}
