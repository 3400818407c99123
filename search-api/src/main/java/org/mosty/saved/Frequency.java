package org.mosty.saved;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How often a saved search sends an alert. */
public enum Frequency {
	OFF(null), DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

	private final Duration period;

	Frequency(Duration period) {
		this.period = period;
	}

	/** The time between two alerts; empty for {@link #OFF}. */
	public Optional<Duration> period() {
		return Optional.ofNullable(period);
	}

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Frequency> fromId(String id) {
		return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
	}

	public static List<String> ids() {
		return Arrays.stream(values()).map(Frequency::id).toList();
	}
}
