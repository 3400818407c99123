package org.mosty.indexer.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks at the directory of a zip-based document (DOCX, ODT, EPUB, ...) before extraction: one that
 * would expand far beyond its size is refused as too large without spending a child JVM on it.
 * The declared sizes can lie; the child's memory cap, timeout and write limit still hold then.
 */
final class DecompressionBombCheck {

	/** Expanded bytes above which the ratio is looked at. */
	static final long LARGE = 100L * 1024 * 1024;

	/** Expansion ratio of a bomb: real office files compress text about ten times. */
	static final long RATIO = 100;

	private DecompressionBombCheck() {
	}

	/** A reason when the file looks like a decompression bomb. */
	static Optional<String> check(Path file, long size) {
		long expanded = 0;
		int entries = 0;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				entries++;
				if (entry.getSize() > 0) {
					expanded += entry.getSize();
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty(); // not a readable zip: the parser will say what is wrong
		}
		if (entries > 100_000) {
			return Optional.of("the archive holds " + entries + " parts");
		}
		if (expanded > LARGE && expanded > RATIO * Math.max(1, size)) {
			return Optional.of("a decompression bomb: " + size / 1024 + " KB expand to " + expanded / (1024 * 1024)
					+ " MB");
		}
		return Optional.empty();
	}
}
