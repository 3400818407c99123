package org.mosty.indexer.ingest;

import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.ExtractionReport;
import org.mosty.indexer.catalogue.FailureCategory;
import org.mosty.indexer.extraction.ExtractionException;
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
		ExtractionReport report;
		if (failure instanceof ExtractionException extraction) {
			report = extraction.report();
		}
		else {
			String reason = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
			report = ExtractionReport.failed(FailureCategory.CORRUPT, FailureCategory.CORRUPT.label() + ": " + reason,
					0, java.util.List.of());
		}
		log.warn("Document {} FAILED: {}", id, report.failureReason());
		catalogue.markFailed(id, report);
	}
}
