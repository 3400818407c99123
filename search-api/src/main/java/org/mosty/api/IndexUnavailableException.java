package org.mosty.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Solr did not answer a read (it is down, restarting or unreachable): the request may succeed in a
 * moment, so it is a 503 with {@code Retry-After}, never a 500 ({@link ApiProblems}).
 */
@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
public class IndexUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public IndexUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
