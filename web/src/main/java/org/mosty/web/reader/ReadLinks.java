package org.mosty.web.reader;

import org.springframework.web.util.UriComponentsBuilder;

/** Links to the reading view: a page of a document with a search's words marked. */
public final class ReadLinks {

	private ReadLinks() {
	}

	/** {@code /documents/{id}/read?q=…&page=N&lang=…} ({@code query} may be {@code null}). */
	public static String of(String id, String query, int page, String lang) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/documents/{id}/read");
		if (query != null && !query.isBlank()) {
			builder.queryParam("q", query);
		}
		return builder.queryParam("page", page).queryParam("lang", lang).buildAndExpand(id).encode().toUriString();
	}
}
