package org.mosty.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.mosty.indexer.catalogue.FailureCategory;
import org.mosty.indexer.extraction.Extraction;
import org.mosty.indexer.extraction.ExtractionException;
import org.mosty.indexer.extraction.TextExtractor;

/**
 * The real extractor, held on a latch for the files a test names (issue 18): the extraction has
 * really happened, and the result waits until the test has made its change, so an edit racing
 * ingest is reproduced deterministically, without sleeps.
 */
public final class HeldExtractor implements TextExtractor {

	private final TextExtractor real;

	private final Map<String, Hold> holds = new ConcurrentHashMap<>();

	/** A held extraction: {@link #started} counts down when it has run, {@link #release()} lets it return. */
	public record Hold(CountDownLatch started, CountDownLatch released, boolean fail) {

		public void awaitStarted() throws InterruptedException {
			if (!started.await(60, TimeUnit.SECONDS)) {
				throw new AssertionError("the held extraction never started");
			}
		}

		public void release() {
			released.countDown();
		}
	}

	public HeldExtractor(TextExtractor real) {
		this.real = real;
	}

	/** Holds the next extraction of this file name. */
	public Hold hold(String fileName) {
		return hold(fileName, false);
	}

	/** Holds the next extraction of this file name; {@code fail}: then it fails as a corrupt file. */
	public Hold hold(String fileName, boolean fail) {
		Hold hold = new Hold(new CountDownLatch(1), new CountDownLatch(1), fail);
		holds.put(fileName, hold);
		return hold;
	}

	@Override
	public Extraction extract(Path file, String fileName) throws ExtractionException {
		Extraction extraction = real.extract(file, fileName);
		Hold hold = holds.remove(fileName);
		if (hold != null) {
			hold.started().countDown();
			try {
				if (!hold.released().await(60, TimeUnit.SECONDS)) {
					throw new IllegalStateException("the test never released " + fileName);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			if (hold.fail()) {
				throw new ExtractionException(FailureCategory.CORRUPT, "held and failed on purpose");
			}
		}
		return extraction;
	}
}
