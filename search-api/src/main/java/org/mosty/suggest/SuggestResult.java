package org.mosty.suggest;

import java.util.List;

/** The answer of {@code GET /api/suggest}. */
record SuggestResult(List<Suggestion> suggestions) {

	public SuggestResult {
		suggestions = List.copyOf(suggestions);
	}
}
