package org.mosty.indexer.catalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What became visible in a period (issue 19, saved-search alerts): documents whose current file
 * became searchable (new, new version, restored), or whose access level was widened. Only
 * documents visible now (indexed, not withdrawn) are listed; {@link Changes#visibleTo} tells, for
 * a reader's access levels, which of them are news to that reader. The catalogue records the times
 * ({@link Catalogue#markIndexed}, {@link EditorialRecords#updateMetadata},
 * {@link EditorialRecords#restore}); this reads them, once per alert run, through their indexes.
 */
@Repository
public class Arrivals {

	/** A document that became visible to a reader at {@code at}. */
	public record Arrival(String id, Instant at) {
	}

	/** One document's change times, as read. */
	record Change(String id, AccessLevel access, Instant released, Instant opened, AccessLevel openedFrom) {
	}

	/** The changes of a period, to ask per reader. */
	public static final class Changes {

		private final List<Change> changes;

		Changes(List<Change> changes) {
			this.changes = List.copyOf(changes);
		}

		public int size() {
			return changes.size();
		}

		/**
		 * The documents that became visible to a reader of {@code levels} after {@code after}, oldest
		 * first: released after it at one of the reader's levels, or opened after it to one of them
		 * from a level the reader could not see.
		 */
		public List<Arrival> visibleTo(Set<AccessLevel> levels, Instant after) {
			List<Arrival> arrivals = new ArrayList<>();
			for (Change change : changes) {
				if (!levels.contains(change.access())) {
					continue;
				}
				Instant at = null;
				if (change.released() != null && change.released().isAfter(after)) {
					at = change.released();
				}
				if (change.opened() != null && change.opened().isAfter(after) && change.openedFrom() != null
						&& !levels.contains(change.openedFrom()) && (at == null || change.opened().isAfter(at))) {
					at = change.opened();
				}
				if (at != null) {
					arrivals.add(new Arrival(change.id(), at));
				}
			}
			arrivals.sort(Comparator.comparing(Arrival::at));
			return arrivals;
		}
	}

	private final JdbcClient jdbc;

	public Arrivals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Documents visible now that were released or opened after {@code after} and at or before
	 * {@code until}: two range reads, each on its own index.
	 */
	public Changes between(Instant after, Instant until) {
		Map<String, Change> found = new LinkedHashMap<>();
		if (after.isBefore(until)) {
			for (String column : List.of("released_at", "opened_at")) {
				jdbc.sql("select id, access_level, released_at, opened_at, opened_from from document where " + column
						+ " > :after and " + column + " <= :until and status = 'INDEXED' and withdrawn_at is null")
					.param("after", Timestamp.from(after))
					.param("until", Timestamp.from(until))
					.query((rs, row) -> new Change(rs.getString("id"), AccessLevel.valueOf(rs.getString("access_level")),
							within(rs.getTimestamp("released_at"), after, until),
							within(rs.getTimestamp("opened_at"), after, until),
							rs.getString("opened_from") == null ? null : AccessLevel.valueOf(rs.getString("opened_from"))))
					.list()
					.forEach(change -> found.putIfAbsent(change.id(), change));
			}
		}
		return new Changes(new ArrayList<>(found.values()));
	}

	// a time outside the period is no news in it
	private static Instant within(Timestamp timestamp, Instant after, Instant until) {
		if (timestamp == null) {
			return null;
		}
		Instant at = timestamp.toInstant();
		return at.isAfter(after) && !at.isAfter(until) ? at : null;
	}
}
