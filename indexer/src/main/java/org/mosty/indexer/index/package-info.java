/**
 * The one writer of the search index: every add, delete and commit of ingest, edits, reindex
 * (standalone and SolrCloud) and bulk import goes through {@link org.mosty.indexer.index.SolrIndex}.
 */
package org.mosty.indexer.index;
