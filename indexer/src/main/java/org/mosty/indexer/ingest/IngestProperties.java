package org.mosty.indexer.ingest;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
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
 */
@Validated
@ConfigurationProperties("mosty.ingest")
public record IngestProperties(
		@Min(1) @Max(500) @DefaultValue("10") int chunkSize,
		@NotNull @DefaultValue("2s") Duration pollInterval,
		@Min(10_000) @Max(100_000_000) @DefaultValue("5000000") int maxTextChars,
		@Min(1) @Max(100) @DefaultValue("6") int solrAttempts,
		@NotNull @DefaultValue("1s") Duration solrBackoff) {
}
