package org.mosty.web.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one owner of {@code alert_mail}: the alert e-mails, sent and waiting. */
@Repository
class AlertMails {

	private static final String COLUMNS = "id, username, recipient, lang, subject, text_body, html_body, unsubscribe, "
			+ "documents, created_at, sent_at, attempts, last_error";

	/** A mail that failed this many times is given up (its error stays on the user's page). */
	static final int MAX_ATTEMPTS = 10;

	private final JdbcClient jdbc;

	AlertMails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(String username, String recipient, String lang, String subject, String text, String html,
			String unsubscribe, int documents, Instant now) {
		jdbc.sql("insert into alert_mail (username, recipient, lang, subject, text_body, html_body, unsubscribe, "
				+ "documents, created_at, attempts) values (:username, :recipient, :lang, :subject, :text, :html, "
				+ ":unsubscribe, :documents, :now, 0)")
			.param("username", username)
			.param("recipient", recipient)
			.param("lang", lang)
			.param("subject", subject)
			.param("text", text)
			.param("html", html)
			.param("unsubscribe", unsubscribe)
			.param("documents", documents)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Mails not sent yet that have an address, oldest first, from the one after {@code afterId}. */
	List<AlertMail> unsent(long afterId, int max) {
		return jdbc.sql("select " + COLUMNS + " from alert_mail where sent_at is null and recipient is not null "
				+ "and attempts < " + MAX_ATTEMPTS + " and id > :after order by id fetch first " + Math.max(1, max) + " rows only")
			.param("after", afterId)
			.query(AlertMails::row)
			.list();
	}

	/** Mails not sent yet, with or without an address (the outbox). */
	long countUnsent() {
		return jdbc.sql("select count(*) from alert_mail where sent_at is null").query(Long.class).single();
	}

	void sent(long id, Instant at) {
		jdbc.sql("update alert_mail set sent_at = :at, attempts = attempts + 1, last_error = null where id = :id")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.update();
	}

	void failed(long id, String error) {
		jdbc.sql("update alert_mail set attempts = attempts + 1, last_error = :error where id = :id")
			.param("id", id)
			.param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
			.update();
	}

	/** A user's newest mails, sent or not. */
	List<AlertMail> forUser(String username, int max) {
		return jdbc.sql("select " + COLUMNS + " from alert_mail where username = :username order by id desc "
				+ "fetch first " + Math.max(1, max) + " rows only")
			.param("username", username)
			.query(AlertMails::row)
			.list();
	}

	/** One of a user's mails. */
	java.util.Optional<AlertMail> find(String username, long id) {
		return jdbc.sql("select " + COLUMNS + " from alert_mail where username = :username and id = :id")
			.param("username", username)
			.param("id", id)
			.query(AlertMails::row)
			.optional();
	}

	private static AlertMail row(ResultSet rs, int row) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return new AlertMail(rs.getLong("id"), rs.getString("username"), rs.getString("recipient"),
				rs.getString("lang"), rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
				rs.getString("unsubscribe"), rs.getInt("documents"), rs.getTimestamp("created_at").toInstant(),
				sent == null ? null : sent.toInstant(), rs.getInt("attempts"), rs.getString("last_error"));
	}
}
