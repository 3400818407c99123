package org.mosty.api;

/** A request parameter or body Mosty cannot accept; answered 400 with the message as detail. */
public class BadRequestException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public BadRequestException(String detail) {
		super(detail);
	}
}
