package org.mosty.indexer.catalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalogue as the outside world may see it: PUBLIC documents that have been indexed at least
 * once, whoever asks. A withdrawn one is still listed (as deleted) so harvesters can remove it.
 * Read straight from the catalogue (the system of record), not from Solr, because withdrawn
 * documents are no longer in the index. The datestamp is {@code updated_at}: it moves on every
 * metadata edit, indexing, withdrawal and restoration.
 */
@Repository
public class PublicRecords {

	/** One record's header: id, last change (microseconds) and whether it is withdrawn. */
	public record Header(String id, Instant datestamp, boolean deleted, String metadataJson) {
	}

	private static final String PUBLIC = "access_level = 'PUBLIC' and indexed_at is not null";

	private final JdbcClient jdbc;

	public PublicRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Headers changed in {@code [from, until)} (either may be null), in (datestamp, id) order,
	 * after the given position (keyset paging; null for the start).
	 */
	public List<Header> headers(Instant from, Instant until, Instant afterDatestamp, String afterId, boolean withDeleted,
			int limit) {
		StringBuilder sql = new StringBuilder("select id, updated_at, withdrawn_at, metadata from document where ")
			.append(PUBLIC);
		var params = new java.util.LinkedHashMap<String, Object>();
		if (from != null) {
			sql.append(" and updated_at >= :from");
			params.put("from", Timestamp.from(from));
		}
		if (until != null) {
			sql.append(" and updated_at < :until");
			params.put("until", Timestamp.from(until));
		}
		if (afterDatestamp != null) {
			sql.append(" and (updated_at > :after or (updated_at = :after and id > :afterId))");
			params.put("after", Timestamp.from(afterDatestamp));
			params.put("afterId", afterId);
		}
		if (!withDeleted) {
			sql.append(" and withdrawn_at is null");
		}
		sql.append(" order by updated_at, id fetch first ").append(limit).append(" rows only");
		JdbcClient.StatementSpec statement = jdbc.sql(sql.toString());
		for (var param : params.entrySet()) {
			statement = statement.param(param.getKey(), param.getValue());
		}
		return statement.query((rs, row) -> new Header(rs.getString("id"), rs.getTimestamp("updated_at").toInstant(),
				rs.getTimestamp("withdrawn_at") != null, rs.getString("metadata")))
			.list();
	}

	/** One record's header, if the document is public (withdrawn or not). */
	public Optional<Header> header(String id) {
		return jdbc.sql("select id, updated_at, withdrawn_at, metadata from document where id = :id and " + PUBLIC)
			.param("id", id)
			.query((rs, row) -> new Header(rs.getString("id"), rs.getTimestamp("updated_at").toInstant(),
					rs.getTimestamp("withdrawn_at") != null, rs.getString("metadata")))
			.optional();
	}

	/** The oldest datestamp of any public record, if there is one. */
	public Optional<Instant> earliest() {
		return jdbc.sql("select min(updated_at) from document where " + PUBLIC)
			.query((rs, row) -> rs.getTimestamp(1))
			.optional()
			.map(ts -> ts == null ? null : ts.toInstant());
	}

	/** The metadata JSON of every public, not withdrawn document (ListSets collects the topics in use). */
	public List<String> metadataOfVisible() {
		return jdbc.sql("select metadata from document where " + PUBLIC + " and withdrawn_at is null")
			.query(String.class)
			.list();
	}
}
