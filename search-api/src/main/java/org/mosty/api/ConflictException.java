package org.mosty.api;

/** The request is valid but conflicts with the current state; answered 409. */
public class ConflictException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ConflictException(String detail) {
		super(detail);
	}
}
