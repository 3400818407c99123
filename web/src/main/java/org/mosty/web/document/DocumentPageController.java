package org.mosty.web.document;

import jakarta.servlet.http.HttpServletRequest;

import org.mosty.web.i18n.UiLanguage;
import org.mosty.documents.DocumentFiles;
import org.mosty.documents.VisibleDocuments;
import org.mosty.security.AccessScope;
import org.mosty.thumbnails.ThumbnailImages;
import org.springframework.core.io.Resource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A document's page: thumbnail, metadata, download, related documents, citation, languages
 * (declared and detected) and, for editors, versions, extraction facts and the editorial actions
 * (the model: {@link DocumentPageModel}).
 */
@Controller
class DocumentPageController {

	private final VisibleDocuments documents;

	private final DocumentPageModel pageModel;

	private final DocumentFiles files;

	private final ThumbnailImages thumbnails;

	DocumentPageController(VisibleDocuments documents, DocumentPageModel pageModel, DocumentFiles files,
			ThumbnailImages thumbnails) {
		this.documents = documents;
		this.pageModel = pageModel;
		this.files = files;
		this.thumbnails = thumbnails;
	}

	@GetMapping("/documents/{id}")
	String document(@PathVariable String id, HttpServletRequest request, Model model) {
		AccessScope scope = AccessScope.current();
		return pageModel.fill(documents.get(id, scope), scope, UiLanguage.of(request), model);
	}

	/**
	 * The file through the UI's session: the API under {@code /api/**} only knows HTTP Basic, so a
	 * member signed in with the form downloads a MEMBERS document here (same access check).
	 */
	@GetMapping("/documents/{id}/file")
	ResponseEntity<Resource> file(@PathVariable String id) {
		return files.current(id, AccessScope.current());
	}

	@GetMapping("/documents/{id}/thumbnail")
	ResponseEntity<Resource> thumbnail(@PathVariable String id) {
		return thumbnails.of(id, AccessScope.current());
	}

	/** An earlier file version, for editors signed in with the form ({@code /editor/**}). */
	@GetMapping("/editor/documents/{id}/versions/{version}")
	ResponseEntity<Resource> version(@PathVariable String id, @PathVariable int version) {
		return files.version(id, version, AccessScope.current());
	}
}
