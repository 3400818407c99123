/** Editors' view of job runs (ingest, reindex) and the organisation autocomplete. */
package org.mosty.jobs;
