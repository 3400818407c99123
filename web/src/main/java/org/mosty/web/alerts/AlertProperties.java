package org.mosty.web.alerts;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Saved-search alerts ({@code mosty.alerts.*}).
 *
 * @param schedule when {@code alertJob} runs, a Spring cron expression in {@code zone}
 *     (daily at 06:00 by default); {@code -} never (run it from the job API or a test)
 * @param zone the time zone of {@code schedule}
 * @param settle how long before a run a change must have happened to be in it: more than the
 *     index's commit interval, so every document a run lists is searchable when it runs
 * @param slack how much earlier than a full period after the last alert a saved search is
 *     already due, so a daily run a few seconds earlier than yesterday's still sends
 * @param maxPerSearch the most documents one saved search lists in one alert
 * @param from the sender address of alert e-mails
 * @param signingKey the key of unsubscribe links (HMAC-SHA256); when blank, one is generated
 *     and kept in the data folder ({@code alerts.key})
 */
@Validated
@ConfigurationProperties("mosty.alerts")
record AlertProperties(@DefaultValue("0 0 6 * * *") @NotBlank String schedule,
		@DefaultValue("Europe/Warsaw") @NotNull ZoneId zone, @DefaultValue("2m") @NotNull Duration settle,
		@DefaultValue("1h") @NotNull Duration slack, @DefaultValue("20") @Min(1) @Max(100) int maxPerSearch,
		@DefaultValue("mosty@localhost") @Email @NotBlank String from, @DefaultValue("") String signingKey) {

	public AlertProperties {
		if (settle.isNegative() || slack.isNegative()) {
			throw new IllegalArgumentException("mosty.alerts.settle and mosty.alerts.slack must not be negative");
		}
		if (!"-".equals(schedule.strip()) && !CronExpression.isValidExpression(schedule)) {
			throw new IllegalArgumentException("mosty.alerts.schedule is not a cron expression: " + schedule);
		}
	}

	public boolean scheduled() {
		return !"-".equals(schedule.strip());
	}
}
