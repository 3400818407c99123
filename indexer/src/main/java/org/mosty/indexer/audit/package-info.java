/**
 * The audit log: who did what, when. The one writer of {@code audit_log}; the services that act
 * (registration, editing, reindex, user administration) record here, controllers never do.
 */
package org.mosty.indexer.audit;
