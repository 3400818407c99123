package org.mosty.indexer.editorial;

/** An editorial action that does not apply to the document as it is (answered 409). */
public class EditorialException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EditorialException(String detail) {
		super(detail);
	}
}
