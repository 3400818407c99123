package org.mosty.thumbnails;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.mosty.documents.VisibleDocuments;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.security.AccessScope;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/documents/{id}/thumbnail}: the first page of a PDF as PNG, or a neutral
 * placeholder PNG for a document without one (header {@code Mosty-Thumbnail: placeholder}). A
 * document the user may not see answers 404.
 */
@RestController
public class ThumbnailController {

	private final VisibleDocuments visible;

	private final Thumbnails thumbnails;

	public ThumbnailController(VisibleDocuments visible, Thumbnails thumbnails) {
		this.visible = visible;
		this.thumbnails = thumbnails;
	}

	@GetMapping("/api/documents/{id}/thumbnail")
	public ResponseEntity<Resource> thumbnail(@PathVariable String id) {
		CatalogueDocument doc = visible.get(id, AccessScope.current());
		Optional<Path> png = thumbnails.firstPage(doc);
		// private: the picture of a MEMBERS document must not sit in a shared cache
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.header("Mosty-Thumbnail", png.isPresent() ? "first-page" : "placeholder")
			.body(png.<Resource>map(FileSystemResource::new).orElseGet(() -> new ByteArrayResource(thumbnails.placeholder())));
	}
}
