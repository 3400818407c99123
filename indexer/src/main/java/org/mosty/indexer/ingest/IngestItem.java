package org.mosty.indexer.ingest;

import org.apache.solr.common.SolrInputDocument;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.IngestClaim;
import org.mosty.indexer.extraction.Extraction;
import org.mosty.indexer.language.LanguageProfile;

/**
 * A document ready to be written: the catalogue row it was built from, its Solr form, what the
 * catalogue records of it, and the claim under which it was extracted.
 */
record IngestItem(CatalogueDocument document, SolrInputDocument solrDocument, Extraction extraction,
		LanguageProfile profile, IngestClaim claim) {

	String id() {
		return document.id();
	}
}
