package org.mosty.related;

import java.util.List;

import org.mosty.search.SearchResult;

/**
 * The answer of {@code GET /api/documents/{id}/related}.
 *
 * @param id the document the others are like
 * @param hits the related documents, most alike first, as search hits without snippets
 */
public record RelatedResult(String id, List<SearchResult.Hit> hits) {

	public RelatedResult {
		hits = List.copyOf(hits);
	}
}
