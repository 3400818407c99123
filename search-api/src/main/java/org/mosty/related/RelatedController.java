package org.mosty.related;

import org.mosty.api.BadRequestException;
import org.mosty.documents.VisibleDocuments;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.security.AccessScope;
import org.mosty.problem.FieldProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/documents/{id}/related?size=}: documents like this one. A document the user may
 * not see answers 404, exactly like one that does not exist.
 */
@RestController
class RelatedController {

	static final int MAX_SIZE = 20;

	static final int DEFAULT_SIZE = 5;

	private final VisibleDocuments visible;

	private final RelatedDocuments related;

	public RelatedController(VisibleDocuments visible, RelatedDocuments related) {
		this.visible = visible;
		this.related = related;
	}

	@GetMapping("/api/documents/{id}/related")
	public RelatedResult related(@PathVariable String id, @RequestParam(required = false) String size) {
		int count = DEFAULT_SIZE;
		if (size != null && !size.isBlank()) {
			try {
				count = Integer.parseInt(size.strip());
			}
			catch (NumberFormatException ex) {
				throw new BadRequestException(FieldProblem.number("size"));
			}
			if (count < 1 || count > MAX_SIZE) {
				throw new BadRequestException(FieldProblem.between("size", 1, MAX_SIZE));
			}
		}
		AccessScope scope = AccessScope.current();
		CatalogueDocument source = visible.get(id, scope);
		return related.related(source, count, scope);
	}
}
