package org.mosty.indexer.ingest;

import org.apache.solr.common.SolrInputDocument;
import org.mosty.indexer.extraction.Extraction;
import org.mosty.indexer.language.LanguageProfile;

/** A document ready to be written: its Solr form and what the catalogue records of it. */
record IngestItem(String id, SolrInputDocument solrDocument, Extraction extraction, LanguageProfile profile) {
}
