package org.mosty.thumbnails;

import org.mosty.security.AccessScope;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/documents/{id}/thumbnail}: the first page of a PDF as PNG, or a neutral
 * placeholder PNG for a document without one (header {@code Mosty-Thumbnail: placeholder}). A
 * document the user may not see answers 404. The answer is made by {@link ThumbnailImages}, which
 * the web pages use too.
 */
@RestController
class ThumbnailController {

	private final ThumbnailImages images;

	public ThumbnailController(ThumbnailImages images) {
		this.images = images;
	}

	@GetMapping("/api/documents/{id}/thumbnail")
	public ResponseEntity<Resource> thumbnail(@PathVariable String id) {
		return images.of(id, AccessScope.current());
	}
}
