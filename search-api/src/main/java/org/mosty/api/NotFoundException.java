package org.mosty.api;

/** Nothing there, or nothing this user may see (the two are not told apart). */
public class NotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public NotFoundException(String detail) {
		super(detail);
	}
}
