package org.mosty.citation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;

/**
 * What a citation needs of a document. When no person is named, the organisation is the
 * (corporate) author.
 *
 * @param id the document id
 * @param title the title as printed
 * @param persons personal authors as given ("Anna Kowalska" or "Kowalska, Anna")
 * @param organization the publishing organisation
 * @param year the publication year
 * @param published the publication date
 * @param type the document type id
 * @param language ISO 639-1 code of the document's language
 * @param url the permalink
 */
record Citable(String id, String title, List<String> persons, String organization, Integer year, LocalDate published,
		String type, String language, String url, String description, String license, List<String> topics,
		Map<String, String> titles) {

	static Citable of(CatalogueDocument doc, String permalink) {
		DocumentMetadata meta = doc.metadata();
		String language = meta.language() != null ? meta.language() : doc.language();
		return new Citable(doc.id(), meta.title(), meta.authors(), blankToNull(meta.organization()), meta.year(),
				meta.published(), meta.type(), language, permalink, blankToNull(meta.description()),
				blankToNull(meta.license()), meta.topics(), meta.titles());
	}

	boolean corporateAuthor() {
		return persons.isEmpty() && organization != null;
	}

	String key() {
		return "mosty-" + id;
	}

	/** A personal name as "Family, Given": kept when it has a comma, else split at the last space. */
	static String[] familyGiven(String name) {
		String stripped = name.strip();
		int comma = stripped.indexOf(',');
		if (comma > 0) {
			return new String[] { stripped.substring(0, comma).strip(), stripped.substring(comma + 1).strip() };
		}
		int space = stripped.lastIndexOf(' ');
		if (space < 0) {
			return new String[] { stripped, "" };
		}
		return new String[] { stripped.substring(space + 1), stripped.substring(0, space).strip() };
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
