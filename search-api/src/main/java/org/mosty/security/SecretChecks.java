package org.mosty.security;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.mosty.api.TooManyRequestsException;
import org.springframework.stereotype.Component;

/**
 * Checks of secrets in addresses (a private feed's token, an unsubscribe link, an account link),
 * throttled like sign-ins, and the count of requests that send e-mails: after {@link LoginThrottle#MAX_FAILURES} unknown secrets of one kind from one address
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
		refuseWhileLocked(key, address, "Too many unknown " + kind + " addresses from here");
		Optional<T> found = lookup.get();
		if (found.isEmpty()) {
			throttle.failed(key, address);
		}
		return found;
	}

	/**
	 * Counts a request that sends an e-mail ({@code kind}: registration, password reset) against
	 * {@code address} like a failed sign-in, refusing it once the address is locked out.
	 */
	public void countSending(String kind, String address) {
		String key = "mail:" + kind;
		refuseWhileLocked(key, address, "Too many requests from this address");
		throttle.failed(key, address);
	}

	private void refuseWhileLocked(String key, String address, String what) {
		Duration locked = throttle.lockedFor(key, address);
		if (!locked.isZero()) {
			throw new TooManyRequestsException(what + "; try again in " + Math.max(1, (locked.toSeconds() + 59) / 60)
					+ " minutes.", locked);
		}
	}
}
