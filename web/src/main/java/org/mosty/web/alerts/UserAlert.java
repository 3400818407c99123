package org.mosty.web.alerts;

import java.time.Instant;
import java.util.List;

import org.mosty.saved.SavedSearch;
import org.mosty.search.SearchResult;

/**
 * What one user's alert says, before it is written: for each saved search that was due, the
 * documents that arrived, up to {@code until}.
 */
record UserAlert(String username, String email, Instant until, List<Section> sections) {

	/** One saved search and what it found (maybe nothing: its watermark still moves). */
	record Section(SavedSearch search, List<SearchResult.Hit> hits, long total) {
	}
}
