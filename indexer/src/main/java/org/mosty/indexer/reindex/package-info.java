/** {@code reindexJob} and what editors see of job runs (ingest and reindex). */
package org.mosty.indexer.jobs;
