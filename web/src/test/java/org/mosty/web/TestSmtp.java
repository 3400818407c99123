package org.mosty.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free loopback port, started at once, and
 * the mail it received read back.
 */
public final class TestSmtp {

	private final GreenMail server;

	public TestSmtp() {
		server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
	}

	public int port() {
		return server.getSmtp().getPort();
	}

	public void start() {
		server.start();
	}

	public void stop() {
		server.stop();
	}

	public MimeMessage[] received() {
		return server.getReceivedMessages();
	}

	/** The mails to {@code address} (case ignored), in the order received. */
	public List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(server.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(to -> to.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The text of the first part of this type in a (multipart) mail, or {@code null}. */
	public static String part(Part message, String type) throws MessagingException, IOException {
		if (message.isMimeType(type)) {
			return (String) message.getContent();
		}
		if (message.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = part(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
