package org.mosty.documents;

import java.time.Instant;
import java.util.List;

import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.catalogue.ExtractionReport;
import org.mosty.indexer.catalogue.EditorialState;

/**
 * A catalogue entry as the API shows it. {@code extraction} is the extraction report (pages,
 * characters, OCR, warnings, duration, failure category and reason), {@code null} while PENDING.
 */
record DocumentView(String id, String title, DocumentMetadata metadata, String fileName, long size,
		String contentType, String sha256, String status, String failureReason, String language,
		List<String> languages, Integer pages, Integer textChars, Instant createdAt, Instant updatedAt,
		Instant indexedAt, String failureCategory, Boolean ocr, ExtractionReport extraction, String fileUrl,
		String url, Integer version, Instant withdrawnAt) {

	public static DocumentView of(CatalogueDocument doc) {
		return of(doc, null);
	}

	/** With the editorial state (issue 5): the current file version and the withdrawal, if any. */
	public static DocumentView of(CatalogueDocument doc, EditorialState state) {
		ExtractionReport report = doc.extraction();
		return new DocumentView(doc.id(), doc.metadata().title(), doc.metadata(), doc.fileName(), doc.size(),
				doc.contentType(), doc.sha256(), doc.status().name(), doc.failureReason(), doc.language(),
				doc.languages(), doc.pages(), doc.textChars(), doc.createdAt(), doc.updatedAt(), doc.indexedAt(),
				report == null || report.failureCategory() == null ? null : report.failureCategory().name(),
				report == null ? null : report.ocrUsed(), report, "/api/documents/" + doc.id() + "/file",
				"/documents/" + doc.id(), state == null ? null : state.version(),
				state == null ? null : state.withdrawnAt());
	}
}
