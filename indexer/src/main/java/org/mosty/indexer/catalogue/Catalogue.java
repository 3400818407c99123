package org.mosty.indexer.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

	/** Marks a document INDEXED with what extraction and detection found, and keeps its text. */
	@Transactional
	public void markIndexed(String id, String language, List<String> languages, Integer pages, String text) {
		markIndexed(id, language, languages, text, new ExtractionReport(pages, text.length(), false, 0, List.of(), 0,
				null, null));
	}

	/** Marks a document INDEXED with its extraction report and languages, and keeps its text. */
	@Transactional
	public void markIndexed(String id, String language, List<String> languages, String text,
			ExtractionReport report) {
		Timestamp now = now();
		jdbc.sql("""
				update document set status = 'INDEXED', failure_reason = null, failure_category = null,
				       language = :language, languages = :languages, pages = :pages, text_chars = :chars,
				       extraction_report = :report, updated_at = :now, indexed_at = :now, claimed_at = null
				where id = :id
				""")
			.param("id", id)
			.param("language", language)
			.param("languages", String.join(",", languages))
			.param("pages", report.pages())
			.param("chars", text.length())
			.param("report", json.writeValueAsString(report))
			.param("now", now)
			.update();
		jdbc.sql("delete from document_text where document_id = :id").param("id", id).update();
		jdbc.sql("insert into document_text (document_id, content) values (:id, :content)")
			.param("id", id)
			.param("content", text)
			.update();
	}

	/** Marks a document FAILED with a reason a person can act on. */
	@Transactional
	public void markFailed(String id, String reason) {
		markFailed(id, ExtractionReport.failed(FailureCategory.CORRUPT, reason, 0, List.of()));
	}

	/** Marks a document FAILED with its category, reason and extraction report. */
	@Transactional
	public void markFailed(String id, ExtractionReport report) {
		String reason = report.failureReason() == null ? "unknown" : report.failureReason();
		jdbc.sql("""
				update document set status = 'FAILED', failure_reason = :reason, failure_category = :category,
				       extraction_report = :report, updated_at = :now, claimed_at = null
				where id = :id
				""")
			.param("id", id)
			.param("reason", reason.length() > 2000 ? reason.substring(0, 2000) : reason)
			.param("category", report.failureCategory() == null ? null : report.failureCategory().name())
			.param("report", json.writeValueAsString(report))
			.param("now", now())
			.update();
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
