package org.mosty.indexer.bench;

import java.util.Arrays;

/**
 * Latencies of one side of a benchmark, in nanoseconds, and their percentiles by the
 * nearest-rank method (the smallest value with at least p % of the values at or below it), so
 * p50 and p99 are values that were really measured.
 */
final class Latencies {

	private long[] nanos = new long[1024];

	private int size;

	synchronized void add(long value) {
		if (size == nanos.length) {
			nanos = Arrays.copyOf(nanos, size * 2);
		}
		nanos[size++] = value;
	}

	synchronized int count() {
		return size;
	}

	/** The p-th percentile (0 &lt; p ≤ 100) in milliseconds. */
	synchronized double percentileMillis(double p) {
		if (size == 0) {
			throw new IllegalStateException("no values");
		}
		if (!(p > 0 && p <= 100)) {
			throw new IllegalArgumentException("percentile out of (0, 100]: " + p);
		}
		long[] sorted = Arrays.copyOf(nanos, size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * size);
		return sorted[Math.max(rank, 1) - 1] / 1e6;
	}
}
