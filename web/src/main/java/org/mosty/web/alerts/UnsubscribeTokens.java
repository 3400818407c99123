package org.mosty.web.alerts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.mosty.config.MostyProperties;
import org.springframework.stereotype.Component;

/**
 * Signed unsubscribe tokens: {@code <payload>.<HMAC-SHA256>}, both base64url; the payload names
 * the user and one saved search ({@code *}: all of the user's). Nothing is stored per token, and
 * a token cannot be made for another user without the key.
 */
@Component
class UnsubscribeTokens {

	/** What a valid token unsubscribes: one saved search of the user, or ({@code search} empty) all of them. */
	record Unsubscribe(String username, Optional<String> search) {
	}

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final byte[] key;

	UnsubscribeTokens(AlertProperties properties, MostyProperties mosty) {
		this.key = properties.signingKey().isBlank() ? keptKey(mosty.dataPath().resolve("alerts.key"))
				: properties.signingKey().getBytes(StandardCharsets.UTF_8);
	}

	String token(String username, String search) {
		String payload = ENCODER.encodeToString(("u1:" + username + ":" + (search == null ? "*" : search))
			.getBytes(StandardCharsets.UTF_8));
		return payload + "." + ENCODER.encodeToString(mac(payload));
	}

	Optional<Unsubscribe> verify(String token) {
		if (token == null || token.length() > 600) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		String payload = token.substring(0, dot);
		try {
			byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			if (!MessageDigest.isEqual(signature, mac(payload))) {
				return Optional.empty();
			}
			String[] parts = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).split(":", 3);
			if (parts.length != 3 || !"u1".equals(parts[0])) {
				return Optional.empty();
			}
			return Optional.of(new Unsubscribe(parts[1], "*".equals(parts[2]) ? Optional.empty() : Optional.of(parts[2])));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private byte[] mac(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/** The key kept in the data folder, made on first use (readable by the owner only where the file system allows). */
	private static byte[] keptKey(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
			}
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			Files.createDirectories(file.getParent());
			Path temporary = Files.createTempFile(file.getParent(), "alerts", ".key");
			Files.writeString(temporary, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
			try {
				Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ex) { // another process made it first: use theirs
				Files.deleteIfExists(temporary);
				return keptKey(file);
			}
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the alerts' signing key in " + file, ex);
		}
	}
}
