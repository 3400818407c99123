package org.mosty.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.mosty.api.BadRequestException;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.audit.AuditEntry;
import org.mosty.indexer.audit.AuditLog;
import org.mosty.indexer.editorial.DocumentEditing;
import org.mosty.indexer.catalogue.EditorialRecords;
import org.mosty.security.AccessScope;
import org.mosty.security.CurrentUser;
import org.mosty.problem.FieldProblem;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.json.JsonMapper;

/**
 * Editors' actions on a document (roles are checked by the security configuration): edit
 * metadata, new file version and its history, withdraw and restore, retry, and the audit log.
 */
@RestController
class EditorialController {

	static final int MAX_AUDIT = 500;

	private final VisibleDocuments visible;

	private final DocumentEditing editing;

	private final EditorialRecords records;

	private final AuditLog audit;

	private final DocumentFiles downloads;

	private final JsonMapper json;

	public EditorialController(VisibleDocuments visible, DocumentEditing editing, EditorialRecords records,
			AuditLog audit, DocumentFiles downloads, JsonMapper json) {
		this.visible = visible;
		this.editing = editing;
		this.records = records;
		this.audit = audit;
		this.downloads = downloads;
		this.json = json;
	}

	/** Replaces the metadata; an indexed document is searchable with it within seconds. */
	@PutMapping(path = "/api/documents/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	public DocumentView edit(@PathVariable String id, @RequestBody String body) {
		CatalogueDocument doc = editable(id);
		DocumentMetadata metadata = UploadParts.metadata(json, body);
		return visible.view(editing.updateMetadata(doc.id(), metadata, CurrentUser.name()));
	}

	/** A new file for the document; the previous one stays in its history. Answers 202 (PENDING). */
	@PostMapping(path = "/api/documents/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	public ResponseEntity<Map<String, Object>> newVersion(@PathVariable String id,
			@RequestPart("file") MultipartFile file) {
		CatalogueDocument doc = editable(id);
		UploadParts.nonEmpty(file);
		int version;
		try (InputStream in = file.getInputStream()) {
			version = editing.newVersion(doc.id(), in, file.getOriginalFilename(), CurrentUser.name());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.header(HttpHeaders.LOCATION, "/api/documents/" + doc.id() + "/versions/" + version + "/file")
			.body(Map.of("id", doc.id(), "version", version, "status", "PENDING"));
	}

	/** One file of a document as the API shows it. */
	public record VersionView(int version, boolean current, String fileName, long size, String sha256,
			String contentType, java.time.Instant createdAt, java.time.Instant replacedAt, String replacedBy,
			String fileUrl) {
	}

	/** Every file of the document, the current one first. */
	@GetMapping("/api/documents/{id}/versions")
	public List<VersionView> versions(@PathVariable String id) {
		CatalogueDocument doc = editable(id);
		return records.versions(doc, records.state(doc.id()).orElseThrow().version())
			.stream()
			.map(version -> new VersionView(version.version(), version.current(), version.fileName(), version.size(),
					version.sha256(), version.contentType(), version.createdAt(), version.replacedAt(),
					version.replacedBy(), "/api/documents/" + doc.id() + "/versions/" + version.version() + "/file"))
			.toList();
	}

	@GetMapping("/api/documents/{id}/versions/{version}/file")
	public ResponseEntity<Resource> versionFile(@PathVariable String id, @PathVariable int version) {
		return downloads.version(id, version, AccessScope.current());
	}

	/** Withdraws the document: out of the index, 404 to readers, kept in the catalogue. */
	@DeleteMapping("/api/documents/{id}")
	public ResponseEntity<Void> withdraw(@PathVariable String id) {
		editing.withdraw(editable(id).id(), CurrentUser.name());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/documents/{id}/restore")
	public DocumentView restore(@PathVariable String id) {
		CatalogueDocument doc = editable(id);
		editing.restore(doc.id(), CurrentUser.name());
		return visible.view(doc.id(), AccessScope.current());
	}

	/** A FAILED document back to PENDING; the ingest job starts at once. */
	@PostMapping("/api/documents/{id}/retry")
	public ResponseEntity<Map<String, String>> retry(@PathVariable String id) {
		CatalogueDocument doc = editable(id);
		editing.retry(doc.id(), CurrentUser.name());
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", doc.id(), "status", "PENDING"));
	}

	/** The audit log, newest first, of one document or of everything. */
	@GetMapping("/api/audit")
	public List<AuditEntry> audit(@RequestParam(required = false) String documentId,
			@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > MAX_AUDIT) {
			throw new BadRequestException(FieldProblem.between("limit", 1, MAX_AUDIT));
		}
		String id = documentId == null || documentId.isBlank() ? null : editable(documentId).id();
		return audit.list(id, limit);
	}

	// editors and admins see every document, withdrawn ones included; anything else is 404
	private CatalogueDocument editable(String id) {
		return visible.get(id, AccessScope.current());
	}
}
