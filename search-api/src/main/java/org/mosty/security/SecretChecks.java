package org.mosty.security;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.mosty.api.TooManyRequestsException;
import org.springframework.stereotype.Component;

/**
 * Checks of secrets in addresses (a private feed's token, an unsubscribe link), throttled like
 * sign-ins: after {@link LoginThrottle#MAX_FAILURES} unknown secrets of one kind from one address
 * within the window, that address waits (429) even with a right one.
 */
@Component
public class SecretChecks {

	private final LoginThrottle throttle;

	public SecretChecks(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	/** What {@code lookup} finds for the secret, unless {@code address} is locked out for this kind. */
	public <T> Optional<T> check(String kind, String address, Supplier<Optional<T>> lookup) {
		String key = "secret:" + kind;
		Duration locked = throttle.lockedFor(key, address);
		if (!locked.isZero()) {
			throw new TooManyRequestsException("Too many unknown " + kind + " addresses from here; try again in "
					+ Math.max(1, (locked.toSeconds() + 59) / 60) + " minutes.", locked);
		}
		Optional<T> found = lookup.get();
		if (found.isEmpty()) {
			throttle.failed(key, address);
		}
		return found;
	}
}
