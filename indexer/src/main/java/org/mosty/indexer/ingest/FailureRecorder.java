package org.mosty.indexer.ingest;

import org.mosty.indexer.catalogue.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;

/** Records every skipped document as FAILED with its reason, so no file disappears silently. */
class FailureRecorder implements SkipListener<String, IngestItem> {

	private static final Logger log = LoggerFactory.getLogger(FailureRecorder.class);

	private final Catalogue catalogue;

	FailureRecorder(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public void onSkipInProcess(String id, Throwable failure) {
		String reason = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
		log.warn("Document {} FAILED: {}", id, reason);
		catalogue.markFailed(id, reason);
	}
}
