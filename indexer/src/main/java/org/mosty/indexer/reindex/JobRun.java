package org.mosty.indexer.reindex;

import java.time.Instant;
import java.util.List;

/**
 * One execution of {@code ingestJob} or {@code reindexJob}, as editors see it.
 *
 * @param total items the run will read, when known up front (reindex), for a progress bar
 * @param read items read
 * @param written items written to the index
 * @param skipped items skipped (documents that FAILED)
 * @param filtered items left out (for example handled by another run meanwhile)
 */
public record JobRun(long id, String job, String status, String exitCode, Instant createdAt, Instant startedAt,
		Instant endedAt, Long total, long read, long written, long skipped, long filtered, List<String> failures) {
}
