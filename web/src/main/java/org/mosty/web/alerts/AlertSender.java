package org.mosty.web.alerts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the stored alert e-mails that have an address and are not sent yet, through the SMTP
 * server of {@code spring.mail.*}; a mail is marked sent only after the server took it (at least
 * once). With no server configured they stay in the outbox, and the log says so.
 */
@Component
class AlertSender {

	private static final Logger log = LoggerFactory.getLogger(AlertSender.class);

	static final int BATCH = 100;

	private final ObjectProvider<JavaMailSender> senders;

	private final AlertMails mails;

	private final AlertProperties properties;

	private final Clock clock = Clock.systemUTC();

	AlertSender(ObjectProvider<JavaMailSender> senders, AlertMails mails, AlertProperties properties) {
		this.senders = senders;
		this.mails = mails;
		this.properties = properties;
	}

	/** What one pass did. */
	record Outcome(int sent, int failed, long kept) {
	}

	Outcome sendPending() {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			long kept = mails.countUnsent();
			if (kept > 0) {
				log.info("alertJob: no SMTP server is configured (spring.mail.host): {} alert e-mails are kept in the "
						+ "outbox, shown on each user's saved-searches page", kept);
			}
			return new Outcome(0, 0, kept);
		}
		int sent = 0;
		int failed = 0;
		long lastId = -1;
		while (true) {
			List<AlertMail> batch = mails.unsent(lastId, BATCH);
			if (batch.isEmpty()) {
				break;
			}
			for (AlertMail mail : batch) {
				lastId = mail.id();
				try {
					sender.send(message(sender, mail));
					mails.sent(mail.id(), Instant.now(clock));
					sent++;
				}
				catch (MailException | MessagingException ex) {
					mails.failed(mail.id(), ex.getClass().getSimpleName() + ": " + ex.getMessage());
					failed++;
					log.warn("alertJob: alert e-mail {} to {} was not sent ({}); the next run tries again", mail.id(),
							mail.username(), ex.getMessage());
				}
			}
			if (batch.size() < BATCH) {
				break;
			}
		}
		long kept = mails.countUnsent();
		log.info("alertJob: {} alert e-mails sent, {} failed, {} waiting", sent, failed, kept);
		return new Outcome(sent, failed, kept);
	}

	private MimeMessage message(JavaMailSender sender, AlertMail mail) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(properties.from());
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.textBody(), mail.htmlBody());
		// RFC 2369 and RFC 8058: mail programs offer "unsubscribe", and a POST to the link does it at once
		message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe() + ">");
		message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		message.setHeader("Auto-Submitted", "auto-generated");
		message.setHeader("Content-Language", mail.lang());
		return message;
	}
}
