package org.mosty.documents;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.mosty.api.NotFoundException;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.EditorialRecords;
import org.mosty.indexer.catalogue.FileVersion;
import org.mosty.indexer.storage.FileStore;
import org.mosty.security.AccessScope;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * A document's stored files as downloads, for the API and the web pages alike (issue 20: the web
 * module calls this, not the API's controllers). Always an attachment, so a stored HTML file never
 * runs in our origin; the document goes through the same access check as every read.
 */
@Service
public class DocumentFiles {

	private final VisibleDocuments visible;

	private final EditorialRecords records;

	private final FileStore files;

	public DocumentFiles(VisibleDocuments visible, EditorialRecords records, FileStore files) {
		this.visible = visible;
		this.records = records;
		this.files = files;
	}

	/** The current file of a document the caller may see. */
	public ResponseEntity<Resource> current(String id, AccessScope scope) {
		CatalogueDocument doc = visible.get(id, scope);
		return attachment(id, doc.sha256(), doc.contentType(), doc.size(), doc.fileName());
	}

	/** An earlier (or the current) file version of a document the caller may see; for editors. */
	public ResponseEntity<Resource> version(String id, int version, AccessScope scope) {
		CatalogueDocument doc = visible.get(id, scope);
		FileVersion file = records.versions(doc, records.state(doc.id()).orElseThrow().version())
			.stream()
			.filter(candidate -> candidate.version() == version)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Document " + doc.id() + " has no version " + version));
		return attachment(id, file.sha256(), file.contentType(), file.size(), file.fileName());
	}

	private ResponseEntity<Resource> attachment(String id, String sha256, String contentType, long size,
			String fileName) {
		java.nio.file.Path path = files.path(sha256);
		if (!java.nio.file.Files.isRegularFile(path)) {
			throw new UncheckedIOException("The stored file of " + id + " cannot be read",
					new java.nio.file.NoSuchFileException(path.toString()));
		}
		MediaType type;
		try {
			type = contentType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(contentType);
		}
		catch (IllegalArgumentException ex) {
			type = MediaType.APPLICATION_OCTET_STREAM;
		}
		// a file resource: Spring answers Range requests with 206 and says Accept-Ranges (issue 19: PDF.js
		// reads the pages it shows, not the whole file); the digest is a strong ETag
		return ResponseEntity.ok()
			.contentType(type)
			.contentLength(size)
			.eTag("\"" + sha256 + "\"")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(new FileSystemResource(path));
	}
}
