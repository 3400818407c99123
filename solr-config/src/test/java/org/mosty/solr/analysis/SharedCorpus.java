package org.mosty.solr.analysis;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
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
		String message = "Skipped: the shared corpus is not at " + dir + " (set -Dmosty.corpus.dir)";
		if (!Files.isDirectory(dir.resolve(folder)) && "true".equalsIgnoreCase(System.getenv("CI"))) {
			// as org.mosty.testing.Required (indexer's test jar, which this module cannot use): CI has the corpus
			Assertions.fail("Required under CI=true: " + message);
		}
		Assumptions.assumeTrue(Files.isDirectory(dir.resolve(folder)), message);
		return dir.resolve(folder);
	}
}
