package org.mosty.indexer.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.mosty.indexer.catalogue.ClaimSettings;
import org.mosty.indexer.catalogue.DocumentClaims;
import org.springframework.validation.annotation.Validated;

/**
 * How the ingest job runs.
 *
 * @param chunkSize documents per chunk (one Solr add and one catalogue transaction)
 * @param pollInterval how often the server looks for PENDING documents; {@code 0} turns polling
 *     off (uploads still start a run)
 * @param maxTextChars the write limit: text beyond it is cut and a warning recorded
 * @param solrAttempts how many times a chunk is offered to Solr before the run fails (restartably)
 * @param solrBackoff the wait after the first failed Solr write; it doubles, up to 30 s
 * @param workerId this process among the workers that share one database (issue 7): it signs the
 *     documents it claims and its job runs. Unique per running process; stable across restarts so a
 *     restarted worker takes back its own claims and runs at once. Default: the host name (set it
 *     when two workers run on one host)
 * @param claimTimeout how long a claim lasts without being renewed; a live worker renews its
 *     claims every quarter of it, so only the claims of a worker that died expire and go back to
 *     the pool
 */
@Validated
@ConfigurationProperties("mosty.ingest")
public record IngestProperties(
		@Min(1) @Max(500) @DefaultValue("10") int chunkSize,
		@NotNull @DefaultValue("2s") Duration pollInterval,
		@Min(10_000) @Max(100_000_000) @DefaultValue("5000000") int maxTextChars,
		@Min(1) @Max(100) @DefaultValue("6") int solrAttempts,
		@NotNull @DefaultValue("1s") Duration solrBackoff,
		@Pattern(regexp = "[A-Za-z0-9._:@-]{1,128}") @DefaultValue("") String workerId,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("2m") Duration claimTimeout) {

	@ConstructorBinding
	public IngestProperties {
		if (workerId == null || workerId.isBlank()) {
			workerId = hostName();
		}
	}

	/** The settings of one process alone: the host name as worker id, claims lasting 2 minutes. */
	public IngestProperties(int chunkSize, Duration pollInterval, int maxTextChars, int solrAttempts,
			Duration solrBackoff) {
		this(chunkSize, pollInterval, maxTextChars, solrAttempts, solrBackoff, "", Duration.ofMinutes(2));
	}

	/** This worker's claim settings, for the catalogue's {@link DocumentClaims}. */
	public ClaimSettings claims() {
		return new ClaimSettings(workerId, claimTimeout);
	}

	private static String hostName() {
		String name = System.getenv("HOSTNAME");
		if (name == null || name.isBlank()) {
			try {
				name = InetAddress.getLocalHost().getHostName();
			}
			catch (UnknownHostException ex) {
				name = "localhost";
			}
		}
		String cleaned = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._:@-]", "-");
		return cleaned.length() > 128 ? cleaned.substring(0, 128) : cleaned;
	}
}
