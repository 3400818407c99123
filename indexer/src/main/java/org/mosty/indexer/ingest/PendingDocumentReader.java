package org.mosty.indexer.ingest;

import java.util.Iterator;

import org.mosty.indexer.catalogue.Catalogue;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the ids of PENDING documents as they are when the step opens. A restarted step reads
 * again: documents finished before the crash are no longer PENDING, so nothing runs twice.
 */
class PendingDocumentReader implements ItemStreamReader<String> {

	private final Catalogue catalogue;

	private Iterator<String> ids;

	PendingDocumentReader(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		ids = catalogue.pendingIds().iterator();
	}

	@Override
	public String read() {
		return ids != null && ids.hasNext() ? ids.next() : null;
	}

	@Override
	public void close() {
		ids = null;
	}
}
