package org.mosty.citation;

import org.mosty.indexer.catalogue.CatalogueDocument;

/**
 * The one writer of a document's citation for everyone who shows one: the citation API, the
 * result-set exports and the web page's "cite" box all use {@link BibTex} and {@link Ris} through
 * here, so a document is cited the same way wherever a reader copies it (issue 20).
 */
public final class Citations {

	private Citations() {
	}

	/** The document's BibTeX entry, with its permalink. */
	public static String bibtex(CatalogueDocument doc, String permalink) {
		return BibTex.entry(Citable.of(doc, permalink));
	}

	/** The document's RIS record (CRLF line ends, as the format wants), with its permalink. */
	public static String ris(CatalogueDocument doc, String permalink) {
		return Ris.record(Citable.of(doc, permalink));
	}
}
