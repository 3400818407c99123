package org.mosty.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.mosty.api.BadRequestException;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.intake.DocumentRegistration;
import org.mosty.security.AccessScope;
import org.mosty.security.CurrentUser;
import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.json.JsonMapper;

/** The document catalogue over HTTP: list (editors), details, original file, upload (editors). */
@RestController
class DocumentsController {

	private final Catalogue catalogue;

	private final VisibleDocuments visible;

	private final DocumentFiles downloads;

	private final DocumentRegistration registration;

	private final JsonMapper json;

	public DocumentsController(Catalogue catalogue, VisibleDocuments visible, DocumentFiles downloads,
			DocumentRegistration registration, JsonMapper json) {
		this.catalogue = catalogue;
		this.visible = visible;
		this.downloads = downloads;
		this.registration = registration;
		this.json = json;
	}

	/** Editors: every document, newest first, optionally of one status. */
	@GetMapping("/api/documents")
	public DocumentPage list(@RequestParam(required = false) String status,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
		DocumentStatus wanted = null;
		if (status != null && !status.isBlank()) {
			try {
				wanted = DocumentStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new BadRequestException(FieldProblem.of("status", ProblemCode.CHOICE, "use PENDING, INDEXED or FAILED",
						"PENDING, INDEXED, FAILED"));
			}
		}
		if (page < 1 || page > 100_000) {
			throw new BadRequestException(FieldProblem.between("page", 1, 100_000));
		}
		if (size < 1 || size > 100) {
			throw new BadRequestException(FieldProblem.between("size", 1, 100));
		}
		var items = catalogue.list(wanted, (page - 1) * size, size).stream().map(visible::view).toList();
		return new DocumentPage(catalogue.count(wanted), page, size, items);
	}

	@GetMapping("/api/documents/{id}")
	public DocumentView get(@PathVariable String id) {
		return visible.view(id, AccessScope.current());
	}

	/** The original bytes, always as an attachment so a stored HTML file never runs in our origin. */
	@GetMapping("/api/documents/{id}/file")
	public ResponseEntity<Resource> file(@PathVariable String id) {
		return downloads.current(id, AccessScope.current());
	}

	/**
	 * Editors: upload a file with its metadata (a JSON part). Answers 202: the document is PENDING
	 * and is indexed within seconds; 200 with {@code duplicate: true} and the existing document's id
	 * when the same bytes are already in the library; 415 when the content is not a document type
	 * Mosty reads.
	 */
	@PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	public ResponseEntity<Map<String, Object>> upload(@RequestPart("file") MultipartFile file,
			@RequestPart("metadata") String metadataJson) {
		UploadParts.nonEmpty(file);
		DocumentMetadata metadata = UploadParts.metadata(json, metadataJson);
		DocumentRegistration.Registered registered;
		try (InputStream in = file.getInputStream()) {
			registered = registration.register(in, file.getOriginalFilename(), metadata, CurrentUser.name());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (registered.duplicate()) {
			// the same bytes are already in the library: answer with that document, store nothing new
			return ResponseEntity.ok()
				.header(HttpHeaders.LOCATION, "/api/documents/" + registered.id())
				.body(Map.of("id", registered.id(), "status", registered.status().name(), "duplicate", true));
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.header(HttpHeaders.LOCATION, "/api/documents/" + registered.id())
			.body(Map.of("id", registered.id(), "status", registered.status().name()));
	}
}
