package org.mosty.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one owner of {@code account_token}: one-time links for confirming an address and for
 * resetting a password. Only the SHA-256 of a token is stored; a token is used once, before it
 * expires, and using it is one conditional update, so two clicks cannot both succeed.
 */
@Repository
public class AccountTokens {

	/** What a token is for. */
	public enum Purpose {
		CONFIRM, RESET
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	public AccountTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new token for {@code username}; earlier unused ones of the same purpose stop working. */
	public String create(String username, Purpose purpose, Duration valid, Instant now) {
		jdbc.sql("update account_token set used_at = :now where username = :username and purpose = :purpose "
				+ "and used_at is null")
			.param("username", username)
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(now))
			.update();
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("insert into account_token (token_hash, username, purpose, expires_at) "
				+ "values (:hash, :username, :purpose, :expires)")
			.param("hash", hash(token))
			.param("username", username)
			.param("purpose", purpose.name())
			.param("expires", Timestamp.from(now.plus(valid)))
			.update();
		return token;
	}

	/** The user of a valid token, without using it (a page that asks before acting). */
	public Optional<String> peek(String token, Purpose purpose, Instant now) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("select username from account_token where token_hash = :hash and purpose = :purpose "
				+ "and used_at is null and expires_at > :now")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(now))
			.query(String.class)
			.optional();
	}

	/** Uses a valid token once: its user, or empty when it is unknown, used or expired. */
	public Optional<String> use(String token, Purpose purpose, Instant now) {
		Optional<String> username = peek(token, purpose, now);
		if (username.isEmpty()) {
			return username;
		}
		int used = jdbc.sql("update account_token set used_at = :now where token_hash = :hash and used_at is null")
			.param("hash", hash(token))
			.param("now", Timestamp.from(now))
			.update();
		return used == 1 ? username : Optional.empty();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
