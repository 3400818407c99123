package org.mosty.indexer.catalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What became visible to a reader in a period (issue 19, saved-search alerts): documents whose
 * current file became searchable (new, new version, restored), or whose access level was widened
 * from one the reader could not see. Only documents the reader may see now (indexed, not
 * withdrawn, at one of the reader's levels) are listed. The catalogue records the times
 * ({@link Catalogue#markIndexed}, {@link EditorialRecords#updateMetadata},
 * {@link EditorialRecords#restore}); this reads them.
 */
@Repository
public class Arrivals {

	/** A document that became visible to the reader at {@code at}, within the period asked for. */
	public record Arrival(String id, Instant at) {
	}

	private final JdbcClient jdbc;

	public Arrivals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Documents that became visible to a reader of {@code levels} after {@code after} and at or
	 * before {@code until}, oldest first.
	 */
	public List<Arrival> between(Instant after, Instant until, Set<AccessLevel> levels) {
		if (levels.isEmpty() || !after.isBefore(until)) {
			return List.of();
		}
		List<String> names = levels.stream().map(AccessLevel::name).sorted().toList();
		return jdbc.sql("""
				select id, released_at, opened_at, opened_from from document
				where status = 'INDEXED' and withdrawn_at is null and access_level in (:levels)
				  and ((released_at > :after and released_at <= :until)
				    or (opened_at > :after and opened_at <= :until and opened_from not in (:levels)))
				""")
			.param("levels", names)
			.param("after", Timestamp.from(after))
			.param("until", Timestamp.from(until))
			.query((rs, row) -> {
				Instant released = instant(rs.getTimestamp("released_at"));
				Instant opened = instant(rs.getTimestamp("opened_at"));
				boolean openedNow = opened != null && opened.isAfter(after) && !opened.isAfter(until)
						&& !names.contains(rs.getString("opened_from"));
				boolean releasedNow = released != null && released.isAfter(after) && !released.isAfter(until);
				Instant at = releasedNow && openedNow ? (released.isAfter(opened) ? released : opened)
						: releasedNow ? released : opened;
				return new Arrival(rs.getString("id"), at);
			})
			.list()
			.stream()
			.sorted((a, b) -> a.at().compareTo(b.at()))
			.toList();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
