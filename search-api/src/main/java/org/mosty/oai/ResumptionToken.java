package org.mosty.oai;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A stateless resumption token: the original arguments and the position of the last record sent
 * (its datestamp to the microsecond and id), so the next page starts right after it even when
 * records change in between (a changed record moves to the end and is sent again, never skipped).
 * Opaque to harvesters: base64url of a versioned, {@code |}-separated text.
 */
record ResumptionToken(String metadataPrefix, String set, String from, String until, Instant afterDatestamp,
		String afterId, long cursor) {

	private static final String VERSION = "m1";

	String encode() {
		String plain = String.join("|", VERSION, metadataPrefix, nullable(set), nullable(from), nullable(until),
				afterDatestamp.getEpochSecond() + "." + afterDatestamp.getNano(), afterId, Long.toString(cursor));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	static ResumptionToken decode(String token) {
		try {
			String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			String[] parts = plain.split("\\|", -1);
			if (parts.length != 8 || !VERSION.equals(parts[0]) || parts[1].isEmpty() || parts[6].isEmpty()) {
				throw invalid();
			}
			String[] instant = parts[5].split("\\.");
			if (instant.length != 2) {
				throw invalid();
			}
			long cursor = Long.parseLong(parts[7]);
			if (cursor < 0) {
				throw invalid();
			}
			return new ResumptionToken(parts[1], empty(parts[2]), empty(parts[3]), empty(parts[4]),
					Instant.ofEpochSecond(Long.parseLong(instant[0]), Long.parseLong(instant[1])), parts[6], cursor);
		}
		catch (IllegalArgumentException | java.time.DateTimeException ex) {
			throw invalid();
		}
	}

	private static OaiException invalid() {
		return new OaiException("badResumptionToken", "The resumption token is invalid or expired");
	}

	private static String nullable(String value) {
		return value == null ? "" : value;
	}

	private static String empty(String value) {
		return value.isEmpty() ? null : value;
	}
}
