package org.mosty.oai;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** OAI-PMH UTC datestamps: day ({@code YYYY-MM-DD}) and seconds ({@code YYYY-MM-DDThh:mm:ssZ}) granularity. */
final class OaiDates {

	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern SECONDS = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

	private OaiDates() {
	}

	/** A parsed {@code from} or {@code until}, with whether it had day granularity. */
	record Bound(Instant instant, boolean day) {

		/** The first instant after this bound when used as an inclusive {@code until}. */
		Instant untilExclusive() {
			return day ? instant.plus(1, ChronoUnit.DAYS) : instant.plusSeconds(1);
		}
	}

	static Bound parse(String name, String value) {
		try {
			if (DAY.matcher(value).matches()) {
				return new Bound(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant(), true);
			}
			if (SECONDS.matcher(value).matches()) {
				return new Bound(Instant.parse(value), false);
			}
		}
		catch (DateTimeParseException ex) {
			// falls through to the error below
		}
		throw new OaiException("badArgument",
				name + " must be a UTC date YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ, not " + shorten(value));
	}

	static String format(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	static String shorten(String value) {
		return value.length() > 60 ? value.substring(0, 60) + "…" : value;
	}
}
