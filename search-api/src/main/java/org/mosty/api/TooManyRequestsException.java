package org.mosty.api;

import java.time.Duration;

/** Too many failed credential checks from one address; answered 429 with {@code Retry-After}. */
public class TooManyRequestsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Duration retryAfter;

	public TooManyRequestsException(String detail, Duration retryAfter) {
		super(detail);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
