package org.mosty.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Failed sign-ins per user name and client address: after {@link #MAX_FAILURES} failures within
 * {@link #WINDOW} the pair is locked until the oldest failure leaves the window; a successful
 * sign-in clears it. Kept in memory, bounded to {@link #MAX_ENTRIES} pairs (the least recently
 * touched are forgotten first), so a restart or a flood of random names forgets failures; that
 * is the price of needing no storage, and bcrypt still makes each guess slow.
 */
public class LoginThrottle {

	public static final int MAX_FAILURES = 5;

	public static final Duration WINDOW = Duration.ofMinutes(15);

	static final int MAX_ENTRIES = 10_000;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(256, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
			return size() > MAX_ENTRIES;
		}
	};

	public LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** How long the pair stays locked; {@link Duration#ZERO} when it may try. */
	public synchronized Duration lockedFor(String username, String address) {
		Deque<Instant> times = failures.get(key(username, address));
		if (times == null) {
			return Duration.ZERO;
		}
		Instant now = clock.instant();
		prune(times, now);
		if (times.size() < MAX_FAILURES) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(now, times.peekFirst().plus(WINDOW));
		return left.isNegative() ? Duration.ZERO : left;
	}

	public synchronized void failed(String username, String address) {
		Instant now = clock.instant();
		Deque<Instant> times = failures.computeIfAbsent(key(username, address), key -> new ArrayDeque<>());
		prune(times, now);
		times.addLast(now);
		while (times.size() > MAX_FAILURES) {
			times.removeFirst();
		}
	}

	public synchronized void succeeded(String username, String address) {
		failures.remove(key(username, address));
	}

	synchronized int size() {
		return failures.size();
	}

	private static void prune(Deque<Instant> times, Instant now) {
		Instant oldest = now.minus(WINDOW);
		while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
			times.removeFirst();
		}
	}

	private static String key(String username, String address) {
		return (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "\n"
				+ (address == null ? "" : address);
	}
}
