package org.mosty.indexer.catalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * The editorial columns and tables of the catalogue (issue 5): version, withdrawal, previous
 * files. Kept apart from {@code Catalogue} so ingest and editorial changes stay independent.
 */
@Repository
public class EditorialRecords {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	// how closed an access level is (0 PUBLIC, 1 MEMBERS, 2 RESTRICTED), in SQL; the right-hand sides
	// of an update read the row as it was, so RANK_OLD is the level before the change
	private static final String RANK_OLD = "(case access_level when 'PUBLIC' then 0 when 'MEMBERS' then 1 else 2 end)";

	private static final String RANK_NEW = "(case :access when 'PUBLIC' then 0 when 'MEMBERS' then 1 else 2 end)";

	public EditorialRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public Optional<EditorialState> state(String id) {
		return jdbc.sql("select version, withdrawn_at, withdrawn_by from document where id = :id")
			.param("id", id)
			.query((rs, row) -> {
				Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
				return new EditorialState(rs.getInt("version"), withdrawn == null ? null : withdrawn.toInstant(),
						rs.getString("withdrawn_by"));
			})
			.optional();
	}

	/**
	 * Replaces the metadata (and the columns derived from it). A wider access level (RESTRICTED to
	 * MEMBERS, MEMBERS to PUBLIC...) records when and from which level, so saved-search alerts tell
	 * the readers who could not see the document before ({@link Arrivals}).
	 */
	public void updateMetadata(String id, DocumentMetadata metadata) {
		jdbc.sql("update document set title = :title, access_level = :access, metadata = :metadata, updated_at = :now, "
				+ "opened_at = case when " + RANK_NEW + " < " + RANK_OLD + " then :now else opened_at end, "
				+ "opened_from = case when " + RANK_NEW + " < " + RANK_OLD + " then access_level else opened_from end "
				+ "where id = :id")
			.param("id", id)
			.param("title", metadata.title())
			.param("access", metadata.access().name())
			.param("metadata", json.writeValueAsString(metadata))
			.param("now", now())
			.update();
	}

	/**
	 * Keeps the current file as a previous version and makes the new file current; the document
	 * goes back to PENDING so the ingest job extracts the new file.
	 * @return the new version number
	 */
	public int replaceFile(CatalogueDocument current, int currentVersion, String fileName, long size, String sha256,
			String contentType, String actor) {
		Timestamp now = now();
		jdbc.sql("""
				insert into document_version (document_id, version, file_name, size_bytes, sha256, content_type,
				                              created_at, replaced_at, replaced_by)
				values (:id, :version, :fileName, :size, :sha256, :contentType, :createdAt, :now, :actor)
				""")
			.param("id", current.id())
			.param("version", currentVersion)
			.param("fileName", current.fileName())
			.param("size", current.size())
			.param("sha256", current.sha256())
			.param("contentType", current.contentType())
			.param("createdAt", fileSince(current.id(), currentVersion, current))
			.param("now", now)
			.param("actor", actor)
			.update();
		jdbc.sql("""
				update document set file_name = :fileName, size_bytes = :size, sha256 = :sha256,
				       content_type = :contentType, version = :version, status = 'PENDING', failure_reason = null,
				       updated_at = :now
				where id = :id
				""")
			.param("id", current.id())
			.param("fileName", fileName)
			.param("size", size)
			.param("sha256", sha256)
			.param("contentType", contentType)
			.param("version", currentVersion + 1)
			.param("now", now)
			.update();
		return currentVersion + 1;
	}

	// the current file has been current since the previous one was replaced, or since the upload
	private Timestamp fileSince(String id, int version, CatalogueDocument current) {
		return jdbc.sql("select replaced_at from document_version where document_id = :id and version = :previous")
			.param("id", id)
			.param("previous", version - 1)
			.query(Timestamp.class)
			.optional()
			.orElse(Timestamp.from(current.createdAt()));
	}

	/** Every file of a document, newest first; the first is the current one. */
	public List<FileVersion> versions(CatalogueDocument current, int currentVersion) {
		List<FileVersion> versions = new ArrayList<>();
		versions.add(new FileVersion(currentVersion, current.fileName(), current.size(), current.sha256(),
				current.contentType(), fileSince(current.id(), currentVersion, current).toInstant(), null, null, true));
		versions.addAll(jdbc.sql("""
				select version, file_name, size_bytes, sha256, content_type, created_at, replaced_at, replaced_by
				from document_version where document_id = :id order by version desc
				""")
			.param("id", current.id())
			.query((rs, row) -> new FileVersion(rs.getInt("version"), rs.getString("file_name"),
					rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("content_type"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("replaced_at").toInstant(),
					rs.getString("replaced_by"), false))
			.list());
		return versions;
	}

	public void withdraw(String id, String actor) {
		jdbc.sql("update document set withdrawn_at = :now, withdrawn_by = :actor, updated_at = :now where id = :id")
			.param("id", id)
			.param("actor", actor)
			.param("now", now())
			.update();
	}

	/** Makes a withdrawn document visible again: news for saved-search alerts, like a new one. */
	public void restore(String id) {
		jdbc.sql("update document set withdrawn_at = null, withdrawn_by = null, updated_at = :now, released_at = "
				+ "case when status = 'INDEXED' then :now else released_at end where id = :id")
			.param("id", id)
			.param("now", now())
			.update();
	}

	/** A FAILED document back to PENDING; false when it was not FAILED. */
	public boolean retry(String id) {
		return jdbc.sql("update document set status = 'PENDING', failure_reason = null, updated_at = :now "
				+ "where id = :id and status = 'FAILED'")
			.param("id", id)
			.param("now", now())
			.update() == 1;
	}

	/**
	 * Ids of the documents the index should hold: not withdrawn and with kept text (INDEXED, or a
	 * new version waiting or failed while the previous text stays searchable), oldest first.
	 */
	public List<String> indexableIds() {
		return jdbc.sql("select d.id from document d join document_text t on t.document_id = d.id "
				+ "where d.withdrawn_at is null order by d.created_at, d.id")
			.query(String.class)
			.list();
	}

	/**
	 * Ids of the documents whose catalogue row changed at or after {@code since} (indexed, edited,
	 * withdrawn, restored, a new version): what a reindex into a new collection writes again after
	 * the alias swap, because until then such writes went to the old collection (issue 7).
	 */
	public List<String> changedSince(Instant since) {
		return jdbc.sql("select id from document where updated_at >= :since order by id")
			.param("since", Timestamp.from(since))
			.query(String.class)
			.list();
	}

	private static Timestamp now() {
		return Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
	}
}
