package org.mosty.web.alerts;

import java.time.Instant;

/**
 * One alert e-mail as stored: written once, sent at least once, the same each time.
 *
 * @param recipient the user's address when it was written; {@code null}: none, kept in the outbox
 * @param unsubscribe the one-click unsubscribe address of the whole mail (RFC 8058)
 * @param documents how many documents it lists
 */
record AlertMail(long id, String username, String recipient, String lang, String subject, String textBody,
		String htmlBody, String unsubscribe, int documents, Instant createdAt, Instant sentAt, int attempts,
		String lastError) {
}
