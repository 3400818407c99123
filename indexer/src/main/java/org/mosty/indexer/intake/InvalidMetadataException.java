package org.mosty.indexer.documents;

import java.util.List;

/** Metadata that does not pass validation; {@link #problems()} says what to fix. */
public class InvalidMetadataException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public InvalidMetadataException(List<String> problems) {
		super("Invalid metadata: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
