package org.mosty.documents;

import java.util.regex.Pattern;

import org.mosty.api.NotFoundException;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.EditorialRecords;
import org.mosty.indexer.catalogue.EditorialState;
import org.mosty.security.AccessScope;
import org.springframework.stereotype.Component;

/**
 * Looks up a document for a user: one the user may not see (its access level, or withdrawn and
 * the user is no editor) answers exactly like one that does not exist.
 */
@Component
public class VisibleDocuments {

	private static final Pattern ULID = Pattern.compile("[0-9A-HJKMNP-TV-Z]{26}");

	private final Catalogue catalogue;

	private final EditorialRecords editorial;

	public VisibleDocuments(Catalogue catalogue, EditorialRecords editorial) {
		this.catalogue = catalogue;
		this.editorial = editorial;
	}

	public CatalogueDocument get(String id, AccessScope scope) {
		if (id == null || !ULID.matcher(id).matches()) {
			throw new NotFoundException("No document " + shorten(id));
		}
		return catalogue.findById(id)
			.filter(doc -> scope.allows(doc.access()))
			.filter(doc -> scope.editor() || !editorial.state(doc.id()).map(EditorialState::withdrawn).orElse(true))
			.orElseThrow(() -> new NotFoundException("No document " + id));
	}

	/** The document as the API shows it to this user, with its version and withdrawal. */
	public DocumentView view(String id, AccessScope scope) {
		return view(get(id, scope));
	}

	public DocumentView view(CatalogueDocument doc) {
		return DocumentView.of(doc, editorial.state(doc.id()).orElse(null));
	}

	private static String shorten(String id) {
		if (id == null) {
			return "";
		}
		return id.length() > 40 ? id.substring(0, 40) + "…" : id;
	}
}
