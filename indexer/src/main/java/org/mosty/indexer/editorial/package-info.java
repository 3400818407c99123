/**
 * The editorial workflow: metadata edits that reindex from the kept text, new file versions,
 * withdrawal and restore, retries of failed documents, the audit log and the organisation
 * authority list.
 */
package org.mosty.indexer.editorial;
