package org.mosty.indexer.catalogue;

import java.time.Instant;
import java.util.List;

/**
 * One row of the catalogue: the file, its metadata and how its ingestion went ({@code extraction}
 * is {@code null} until the document has been extracted).
 */
public record CatalogueDocument(
		String id,
		String fileName,
		long size,
		String sha256,
		String contentType,
		DocumentMetadata metadata,
		DocumentStatus status,
		String failureReason,
		String language,
		List<String> languages,
		Integer pages,
		Integer textChars,
		Instant createdAt,
		Instant updatedAt,
		Instant indexedAt,
		ExtractionReport extraction) {

	public AccessLevel access() {
		return metadata.access();
	}
}
