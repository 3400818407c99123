package org.mosty.indexer.catalogue;

import java.time.Duration;

/**
 * How this worker claims PENDING documents ({@link DocumentClaims}): its id and how long a claim
 * lasts without renewal. Made from the ingest settings ({@code mosty.ingest.worker-id},
 * {@code mosty.ingest.claim-timeout}).
 */
public record ClaimSettings(String workerId, Duration claimTimeout) {
}
