package org.mosty.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The orders a result list can have. */
public enum SearchSort {
	RELEVANCE, NEWEST, OLDEST, TITLE;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<SearchSort> fromId(String id) {
		return Arrays.stream(values()).filter(sort -> sort.id().equals(id)).findFirst();
	}
}
