package org.mosty.indexer.audit;

import java.time.Instant;

/** One line of the audit log: who did what, when, to which document. */
public record AuditEntry(long id, Instant at, String username, String action, String documentId, String details) {
}
