package org.mosty.accounts;

import java.util.Locale;

import org.mosty.interop.Permalinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The e-mails of reader accounts (a confirmation link, a password-reset link), plain text in the
 * reader's language, sent at once through {@code spring.mail.*}. With no SMTP server configured
 * the link goes to the log instead, for the administrator to pass on (and the log says why).
 */
@Component
class AccountMails {

	private static final Logger log = LoggerFactory.getLogger(AccountMails.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final MessageSource messages;

	private final Permalinks permalinks;

	private final AccountProperties properties;

	AccountMails(ObjectProvider<JavaMailSender> senders, MessageSource messages, Permalinks permalinks,
			AccountProperties properties) {
		this.senders = senders;
		this.messages = messages;
		this.permalinks = permalinks;
		this.properties = properties;
	}

	/** Sends {@code kind} ({@code confirm}, {@code reset}, {@code exists}) with a link to {@code path}. */
	void send(String kind, String to, String username, String path, String lang) {
		Locale locale = Locale.forLanguageTag(lang);
		String link = permalinks.base() + path;
		String hours = Long.toString(properties.linkValidity().toHours());
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(properties.from());
		mail.setTo(to);
		mail.setSubject(messages.getMessage("account.mail." + kind + ".subject", null, locale));
		mail.setText(messages.getMessage("account.mail." + kind + ".text", new Object[] { username, link, hours }, locale));
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			log.info("No SMTP server is configured (spring.mail.host): the {} link for user {} is {}", kind, username, link);
			return;
		}
		try {
			sender.send(mail);
		}
		catch (MailException ex) {
			log.warn("The {} e-mail to user {} was not sent ({}); they can ask again", kind, username, ex.getMessage());
		}
	}
}
