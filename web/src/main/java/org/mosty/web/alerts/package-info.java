/**
 * Saved-search alerts (issue 19): {@code alertJob} finds, for each user with a saved search that
 * is due, what became visible to them since its last alert, writes one e-mail per user into
 * {@code alert_mail} together with the watermarks it advances, then sends the unsent mails (or
 * keeps them as the user's outbox when no SMTP server is configured). Also the one-click
 * unsubscribe (RFC 8058) and the page where users manage their saved searches.
 */
package org.mosty.web.alerts;
