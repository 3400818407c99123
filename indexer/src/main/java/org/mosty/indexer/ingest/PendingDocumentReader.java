package org.mosty.indexer.ingest;

import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.mosty.indexer.catalogue.DocumentClaims;

/**
 * Reads the ids of PENDING documents this worker has claimed, a chunk's worth at a time, oldest
 * first (issue 7: several workers on one database share the work through {@link DocumentClaims}).
 * A restarted step reads again: documents finished before the crash are no longer PENDING, so
 * nothing runs twice; documents uploaded during the run are read too.
 */
class PendingDocumentReader implements ItemStreamReader<String> {

	private final DocumentClaims claims;

	private final int batch;

	private final Deque<String> ids = new ArrayDeque<>();

	PendingDocumentReader(DocumentClaims claims, int batch) {
		this.claims = claims;
		this.batch = batch;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		ids.clear();
	}

	@Override
	public String read() {
		if (ids.isEmpty()) {
			// the chunk before has been written: its documents are INDEXED or FAILED now
			ids.addAll(claims.claim(batch));
		}
		return ids.poll();
	}

	@Override
	public void close() {
		ids.clear();
		claims.releaseHeld();
	}
}
