package org.mosty.indexer.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The document catalogue in the database: the system of record from which the index is built.
 */
@Repository
public class Catalogue {

	private static final String COLUMNS = "id, file_name, size_bytes, sha256, content_type, metadata, status, "
			+ "failure_reason, language, languages, pages, text_chars, created_at, updated_at, indexed_at, "
			+ "failure_category, extraction_report";

	private static final String CLAIM_HOLDS = " status = 'PENDING' and withdrawn_at is null and claimed_by = :worker "
			+ "and sha256 = :sha256";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	public Catalogue(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Records a newly stored file as PENDING. */
	@Transactional
	public void insertPending(String id, String fileName, long size, String sha256, String contentType,
			DocumentMetadata metadata) {
		Timestamp now = now();
		jdbc.sql("""
				insert into document (id, file_name, size_bytes, sha256, content_type, title, access_level, metadata,
				                      status, created_at, updated_at)
				values (:id, :fileName, :size, :sha256, :contentType, :title, :access, :metadata, 'PENDING', :now, :now)
				""")
			.param("id", id)
			.param("fileName", fileName)
			.param("size", size)
			.param("sha256", sha256)
			.param("contentType", contentType)
			.param("title", metadata.title())
			.param("access", metadata.access().name())
			.param("metadata", json.writeValueAsString(metadata))
			.param("now", now)
			.update();
	}

	public Optional<CatalogueDocument> findById(String id) {
		return jdbc.sql("select " + COLUMNS + " from document where id = :id")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	/** A page of documents, newest first, optionally of one status. */
	public List<CatalogueDocument> list(DocumentStatus status, int offset, int limit) {
		return withStatus(jdbc.sql("select " + COLUMNS + " from document" + where(status)
				+ " order by created_at desc, id desc offset :offset rows fetch next :limit rows only"), status)
			.param("offset", offset)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	public long count(DocumentStatus status) {
		return withStatus(jdbc.sql("select count(*) from document" + where(status)), status).query(Long.class)
			.single();
	}

	// an untyped null parameter ("? is null") is refused by PostgreSQL, so the filter is left out instead
	private static String where(DocumentStatus status) {
		return status == null ? "" : " where status = :status";
	}

	private static JdbcClient.StatementSpec withStatus(JdbcClient.StatementSpec statement, DocumentStatus status) {
		return status == null ? statement : statement.param("status", status.name());
	}

	/** Whether any document is PENDING: one row read, however long the queue. */
	public boolean hasPending() {
		return jdbc.sql("select id from document where status = 'PENDING' and withdrawn_at is null fetch first 1 rows only")
			.query(String.class)
			.optional()
			.isPresent();
	}

	/** The document holding these bytes, if any (the oldest when several do). */
	public Optional<CatalogueDocument> findBySha256(String sha256) {
		return jdbc.sql("select " + COLUMNS + " from document where sha256 = :sha256 order by created_at, id "
				+ "fetch first 1 rows only")
			.param("sha256", sha256)
			.query(this::map)
			.optional();
	}

	/** Ids of PENDING documents, oldest first (withdrawn ones wait until they are restored). */
	public List<String> pendingIds() {
		return jdbc.sql("select id from document where status = 'PENDING' and withdrawn_at is null order by created_at, id")
			.query(String.class)
			.list();
	}

	/** The extracted text kept for a document, if it was indexed. */
	public Optional<String> text(String id) {
		return jdbc.sql("select content from document_text where document_id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/**
	 * Locks the rows of these documents until the caller's transaction ends and tells which of the
	 * claims still hold: the document is PENDING, not withdrawn, claimed by the same worker and its
	 * current file is the one that was read. Every write of a document's index state happens under
	 * this lock (or the lock of the editor's own update), so an ingest result and an editor's change
	 * reach Solr in the order of their catalogue writes, on one worker or several.
	 * @return the ids whose claims still hold
	 */
	@Transactional
	public Set<String> lockCurrent(Collection<IngestClaim> claims) {
		if (claims.isEmpty()) {
			return Set.of();
		}
		Map<String, IngestClaim> byId = new HashMap<>();
		claims.forEach(claim -> byId.put(claim.documentId(), claim));
		Set<String> current = new HashSet<>();
		jdbc.sql("select id, sha256, status, claimed_by, withdrawn_at from document where id in (:ids) "
				+ "order by id for update")
			.param("ids", List.copyOf(byId.keySet()))
			.query(rs -> {
				IngestClaim claim = byId.get(rs.getString("id"));
				if ("PENDING".equals(rs.getString("status")) && rs.getTimestamp("withdrawn_at") == null
						&& claim.worker().equals(rs.getString("claimed_by"))
						&& claim.sha256().equals(rs.getString("sha256"))) {
					current.add(claim.documentId());
				}
			});
		return current;
	}

	/** Locks one document's row until the caller's transaction ends (see {@link #lockCurrent}). */
	public void lock(String id) {
		jdbc.sql("select id from document where id = :id for update").param("id", id).query(String.class).optional();
	}

	/**
	 * Marks a document INDEXED with its extraction report and languages, and keeps its text, if the
	 * claim still holds (see {@link #lockCurrent}).
	 * @return false, and nothing changed, when the claim no longer holds
	 */
	@Transactional
	public boolean markIndexed(IngestClaim claim, String language, List<String> languages, String text,
			ExtractionReport report) {
		Timestamp now = now();
		int updated = jdbc.sql("""
				update document set status = 'INDEXED', failure_reason = null, failure_category = null,
				       language = :language, languages = :languages, pages = :pages, text_chars = :chars,
				       extraction_report = :report, updated_at = :now, indexed_at = :now, released_at = :now,
				       claimed_at = null
				where id = :id and""" + CLAIM_HOLDS)
			.param("id", claim.documentId())
			.param("sha256", claim.sha256())
			.param("worker", claim.worker())
			.param("language", language)
			.param("languages", String.join(",", languages))
			.param("pages", report.pages())
			.param("chars", text.length())
			.param("report", json.writeValueAsString(report))
			.param("now", now)
			.update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql("delete from document_text where document_id = :id").param("id", claim.documentId()).update();
		jdbc.sql("insert into document_text (document_id, content) values (:id, :content)")
			.param("id", claim.documentId())
			.param("content", text)
			.update();
		return true;
	}

	/**
	 * Marks a document FAILED with its category, reason and extraction report, if the claim still
	 * holds: the failure of a file that has been replaced meanwhile says nothing of the new one.
	 * @return false, and nothing changed, when the claim no longer holds
	 */
	@Transactional
	public boolean markFailed(IngestClaim claim, ExtractionReport report) {
		String reason = report.failureReason() == null ? "unknown" : report.failureReason();
		return jdbc.sql("""
				update document set status = 'FAILED', failure_reason = :reason, failure_category = :category,
				       extraction_report = :report, updated_at = :now, claimed_at = null
				where id = :id and""" + CLAIM_HOLDS)
			.param("id", claim.documentId())
			.param("sha256", claim.sha256())
			.param("worker", claim.worker())
			.param("reason", reason.length() > 2000 ? reason.substring(0, 2000) : reason)
			.param("category", report.failureCategory() == null ? null : report.failureCategory().name())
			.param("report", json.writeValueAsString(report))
			.param("now", now())
			.update() == 1;
	}

	private CatalogueDocument map(ResultSet rs, int row) throws SQLException {
		String languages = rs.getString("languages");
		return new CatalogueDocument(rs.getString("id"), rs.getString("file_name"), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getString("content_type"),
				json.readValue(rs.getString("metadata"), DocumentMetadata.class),
				DocumentStatus.valueOf(rs.getString("status")), rs.getString("failure_reason"),
				rs.getString("language"),
				languages == null || languages.isEmpty() ? List.of() : Arrays.asList(languages.split(",")),
				(Integer) rs.getObject("pages"), (Integer) rs.getObject("text_chars"), instant(rs, "created_at"),
				instant(rs, "updated_at"), instant(rs, "indexed_at"), report(rs.getString("extraction_report")));
	}

	private ExtractionReport report(String report) {
		return report == null || report.isBlank() ? null : json.readValue(report, ExtractionReport.class);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Timestamp now() {
		// microseconds: what both H2 and PostgreSQL keep
		return Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
	}
}
