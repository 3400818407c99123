package org.mosty.saved;

import java.time.Instant;

/**
 * A saved search.
 *
 * @param parameters the search's parameters as a canonical query string ({@code q=…&f.language=uk&lang=pl})
 * @param lang the interface language it was saved in; its alerts are written in it
 * @param feedToken the secret in its private feed's address
 * @param watermark documents that became visible after this time have not been alerted yet
 * @param version grows with every write; a write names the version it read
 */
public record SavedSearch(String id, String username, String name, String parameters, String lang,
		Frequency frequency, String feedToken, Instant watermark, int version, Instant createdAt) {
}
