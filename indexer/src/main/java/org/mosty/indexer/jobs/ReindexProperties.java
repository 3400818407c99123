package org.mosty.indexer.jobs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How {@code reindexJob} writes.
 *
 * @param chunkSize documents per chunk, that is per Solr add and per catalogue transaction. Larger
 *     than ingest's chunks: nothing is extracted, so a chunk is only reading and writing, and Solr
 *     takes fewer, larger adds faster (issue 9: with 20 per add reindex reached half of raw SolrJ's
 *     rate; 250 per add once ran past the client's 30 s request timeout at load average 25)
 */
@Validated
@ConfigurationProperties("mosty.reindex")
public record ReindexProperties(@Min(1) @Max(5000) @DefaultValue("100") int chunkSize) {
}
