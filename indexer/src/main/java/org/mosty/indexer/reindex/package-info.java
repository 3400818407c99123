/** {@code reindexJob} (standalone and SolrCloud) and the runs of Mosty's batch jobs (ingest and reindex) as editors see them. */
package org.mosty.indexer.reindex;
