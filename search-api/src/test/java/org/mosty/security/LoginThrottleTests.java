package org.mosty.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class LoginThrottleTests {

	static final class MovableClock extends Clock {

		Instant now = Instant.parse("2026-01-01T10:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}
	}

	final MovableClock clock = new MovableClock();

	final LoginThrottle throttle = new LoginThrottle(clock);

	@Test
	void fiveFailuresWithinFifteenMinutesLockTheUserAtThatAddress() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("ola", "10.0.0.1");
			clock.advance(Duration.ofMinutes(1));
		}
		assertThat(throttle.lockedFor("ola", "10.0.0.1")).isZero();
		throttle.failed("ola", "10.0.0.1");
		Duration locked = throttle.lockedFor("ola", "10.0.0.1");
		assertThat(locked).isPositive().isLessThanOrEqualTo(LoginThrottle.WINDOW);
		// the same name from elsewhere, and another name from here, may still try
		assertThat(throttle.lockedFor("ola", "10.0.0.2")).isZero();
		assertThat(throttle.lockedFor("jan", "10.0.0.1")).isZero();
		// names are compared without case
		assertThat(throttle.lockedFor("OLA", "10.0.0.1")).isPositive();
	}

	@Test
	void theLockEndsWhenTheOldestFailureLeavesTheWindow() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("ola", "10.0.0.1");
		}
		clock.advance(LoginThrottle.WINDOW.minusSeconds(1));
		assertThat(throttle.lockedFor("ola", "10.0.0.1")).isPositive();
		clock.advance(Duration.ofSeconds(2));
		assertThat(throttle.lockedFor("ola", "10.0.0.1")).isZero();
	}

	@Test
	void failuresSpreadOverMoreThanTheWindowNeverLock() {
		for (int i = 0; i < 20; i++) {
			throttle.failed("ola", "10.0.0.1");
			clock.advance(Duration.ofMinutes(4));
		}
		assertThat(throttle.lockedFor("ola", "10.0.0.1")).isZero();
	}

	@Test
	void aSuccessClearsTheFailures() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("ola", "10.0.0.1");
		}
		throttle.succeeded("ola", "10.0.0.1");
		throttle.failed("ola", "10.0.0.1");
		assertThat(throttle.lockedFor("ola", "10.0.0.1")).isZero();
	}

	@Test
	void memoryStaysBoundedUnderAFloodOfNames() {
		for (int i = 0; i < LoginThrottle.MAX_ENTRIES + 500; i++) {
			throttle.failed("user" + i, "10.0.0.1");
		}
		assertThat(throttle.size()).isEqualTo(LoginThrottle.MAX_ENTRIES);
	}
}
