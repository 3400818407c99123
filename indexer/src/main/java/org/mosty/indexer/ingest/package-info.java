/** The ingest job: PENDING documents to INDEXED or FAILED, and what starts it. */
package org.mosty.indexer.ingest;
