package org.mosty.documents;

import java.util.regex.Pattern;

import org.mosty.api.NotFoundException;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.security.AccessScope;
import org.springframework.stereotype.Component;

/**
 * Looks up a document for a user: one the user may not see answers exactly like one that does
 * not exist.
 */
@Component
public class VisibleDocuments {

	private static final Pattern ULID = Pattern.compile("[0-9A-HJKMNP-TV-Z]{26}");

	private final Catalogue catalogue;

	public VisibleDocuments(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	public CatalogueDocument get(String id, AccessScope scope) {
		if (id == null || !ULID.matcher(id).matches()) {
			throw new NotFoundException("No document " + shorten(id));
		}
		return catalogue.findById(id)
			.filter(doc -> scope.allows(doc.access()))
			.orElseThrow(() -> new NotFoundException("No document " + id));
	}

	private static String shorten(String id) {
		if (id == null) {
			return "";
		}
		return id.length() > 40 ? id.substring(0, 40) + "…" : id;
	}
}
