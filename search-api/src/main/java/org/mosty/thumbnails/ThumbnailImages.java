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
import org.springframework.stereotype.Service;

/**
 * A document's thumbnail as an HTTP answer, for the API and the web pages alike (issue 20): the
 * first page of a PDF as PNG, or a neutral placeholder PNG (header {@code Mosty-Thumbnail:
 * placeholder}). A document the caller may not see answers 404.
 */
@Service
public class ThumbnailImages {

	private final VisibleDocuments visible;

	private final Thumbnails thumbnails;

	public ThumbnailImages(VisibleDocuments visible, Thumbnails thumbnails) {
		this.visible = visible;
		this.thumbnails = thumbnails;
	}

	public ResponseEntity<Resource> of(String id, AccessScope scope) {
		CatalogueDocument doc = visible.get(id, scope);
		Optional<Path> png = thumbnails.firstPage(doc);
		// private: the picture of a MEMBERS document must not sit in a shared cache
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.header("Mosty-Thumbnail", png.isPresent() ? "first-page" : "placeholder")
			.body(png.<Resource>map(FileSystemResource::new).orElseGet(() -> new ByteArrayResource(thumbnails.placeholder())));
	}
}
