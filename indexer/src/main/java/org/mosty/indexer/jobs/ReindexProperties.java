package org.mosty.indexer.jobs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How {@code reindexJob} writes.
 *
 * @param chunkSize documents per chunk, that is per Solr add and per catalogue transaction (20, as
 *     before issue 9). Measured with bench/run reindex on a busy machine: 100 per chunk gave 0.28 of
 *     raw SolrJ's rate against 0.52 with 20, and 250 once ran past the client's 30 s request timeout
 */
@Validated
@ConfigurationProperties("mosty.reindex")
public record ReindexProperties(@Min(1) @Max(5000) @DefaultValue("20") int chunkSize) {
}
