package org.mosty.indexer.reindex;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How {@code reindexJob} writes.
 *
 * @param chunkSize documents per chunk, that is per Solr add and per catalogue transaction (20, as
 *     before issue 9). Measured with bench/run reindex on a busy machine: 100 per chunk gave 0.28 of
 *     raw SolrJ's rate against 0.52 with 20, and 250 once ran past the client's 30 s request timeout
 * @param lease how long a reindex run of another worker may show no progress in the job repository
 *     (a chunk committed, a step ended) before it is taken as abandoned (its worker vanished) and
 *     recovered, so that it does not block every later reindex (10 minutes)
 */
@Validated
@ConfigurationProperties("mosty.reindex")
record ReindexProperties(@Min(1) @Max(5000) @DefaultValue("20") int chunkSize,
		@NotNull @DefaultValue("10m") Duration lease) {
}
