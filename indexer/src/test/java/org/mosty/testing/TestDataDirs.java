package org.mosty.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fresh data folder per name and test JVM, under {@code target/it-data}, so each Spring test
 * context has its own H2 file, file store and Solr core, and an old run's data never leaks in.
 */
public final class TestDataDirs {

	private static final Map<String, Path> DIRS = new ConcurrentHashMap<>();

	private TestDataDirs() {
	}

	public static String fresh(String name) {
		return DIRS.computeIfAbsent(name, key -> {
			try {
				Path base = Path.of("target", "it-data");
				Files.createDirectories(base);
				return Files.createTempDirectory(base, key + "-").toAbsolutePath();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).toString();
	}
}
