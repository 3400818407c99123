package org.mosty.testing;

import java.nio.file.Files;
import java.nio.file.Path;


/** The shared evaluation corpus ({@code ../shared/corpus}); tests that need it skip without it (fail under CI). */
public final class Corpus {

	private Corpus() {
	}

	/** The corpus folder, or a skipped test with a message saying why. */
	public static Path require() {
		String configured = System.getProperty("mosty.corpus.dir", "../shared/corpus");
		Path dir = Path.of(configured).toAbsolutePath().normalize();
		Required.that(Files.isDirectory(dir.resolve("library")),
				"Skipped: the shared corpus is not at " + dir + " (set -Dmosty.corpus.dir)");
		return dir;
	}
}
