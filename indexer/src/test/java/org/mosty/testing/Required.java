package org.mosty.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine (the shared corpus, PostgreSQL, Tesseract, Chromium): without
 * it the test is skipped with a message on a developer's machine, but fails under {@code CI=true},
 * where {@code .ci/run} installs and starts all of it, so a green CI never hides a group of tests
 * that did not run (issue 18). Only Docker-only classes and benchmarks may skip in CI.
 */
public final class Required {

	private Required() {
	}

	/** Whether this run is CI's ({@code CI=true}, as {@code .ci/run} is run). */
	public static boolean underCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/** Goes on when {@code present}; otherwise skips the test, or fails it under CI. */
	public static void that(boolean present, String message) {
		if (present) {
			return;
		}
		if (underCi()) {
			System.err.println("Required under CI=true: " + message);
			Assertions.fail("Required under CI=true (.ci/run installs it): " + message);
		}
		System.err.println(message);
		Assumptions.abort(message);
	}
}
