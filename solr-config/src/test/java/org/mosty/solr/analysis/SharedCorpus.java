package org.mosty.solr.analysis;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The shared evaluation corpus ({@code ../shared/corpus}) for solr-config's tests (the indexer's
 * {@code org.mosty.testing.Corpus} is not on this module's class path); skips without it.
 */
final class SharedCorpus {

	private SharedCorpus() {
	}

	static Path require(String folder) {
		Path dir = Path.of(System.getProperty("mosty.corpus.dir", "../shared/corpus")).toAbsolutePath().normalize();
		Assumptions.assumeTrue(Files.isDirectory(dir.resolve(folder)),
				"Skipped: the shared corpus is not at " + dir + " (set -Dmosty.corpus.dir)");
		return dir.resolve(folder);
	}
}
