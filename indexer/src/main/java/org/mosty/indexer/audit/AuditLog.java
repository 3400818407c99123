package org.mosty.indexer.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who did what, when: every editorial and administrative change is recorded here. */
@Repository
public class AuditLog {

	private final JdbcClient jdbc;

	public AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(String username, String action, String documentId, String details) {
		jdbc.sql("insert into audit_log (at, username, action, document_id, details) "
				+ "values (:at, :username, :action, :documentId, :details)")
			.param("at", Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)))
			.param("username", cut(username == null ? "system" : username, 64))
			.param("action", cut(action, 32))
			.param("documentId", documentId)
			.param("details", details == null ? null : cut(details, 2000))
			.update();
	}

	/** The newest entries first, of one document or of everything. */
	public List<AuditEntry> list(String documentId, int limit) {
		String where = documentId == null ? "" : " where document_id = :documentId";
		JdbcClient.StatementSpec sql = jdbc.sql("select id, at, username, action, document_id, details from audit_log"
				+ where + " order by at desc, id desc fetch first :limit rows only");
		if (documentId != null) {
			sql = sql.param("documentId", documentId);
		}
		return sql.param("limit", limit)
			.query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
					rs.getString("username"), rs.getString("action"), rs.getString("document_id"),
					rs.getString("details")))
			.list();
	}

	private static String cut(String value, int max) {
		return value.length() > max ? value.substring(0, max) : value;
	}
}
