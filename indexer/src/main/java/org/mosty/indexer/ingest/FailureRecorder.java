package org.mosty.indexer.ingest;

import org.mosty.indexer.catalogue.DocumentClaims;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.ExtractionReport;
import org.mosty.indexer.catalogue.IngestClaim;
import org.mosty.indexer.extraction.ExtractionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;

/**
 * Records every skipped document as FAILED with its reason, so no file disappears silently; the
 * failure of a file that was replaced (or a claim taken over) meanwhile is discarded instead.
 */
class FailureRecorder implements SkipListener<String, IngestItem> {

	private static final Logger log = LoggerFactory.getLogger(FailureRecorder.class);

	private final Catalogue catalogue;

	private final DocumentClaims claims;

	FailureRecorder(Catalogue catalogue, DocumentClaims claims) {
		this.catalogue = catalogue;
		this.claims = claims;
	}

	@Override
	public void onSkipInProcess(String id, Throwable failure) {
		if (!(failure instanceof ExtractionException extraction) || extraction.sha256() == null) {
			// not a failure of a known file (only extraction failures are skipped): the document is taken again
			log.warn("Document {} skipped without a file to blame, taken again: {}", id, failure.toString());
			claims.giveBack(id);
			return;
		}
		ExtractionReport report = extraction.report();
		if (catalogue.markFailed(new IngestClaim(id, extraction.sha256(), claims.workerId()), report)) {
			log.warn("Document {} FAILED: {}", id, report.failureReason());
		}
		else {
			// a new file, a withdrawal or another worker's claim came meanwhile: this failure is of the past
			log.info("Document {}: the failure of a superseded file or claim is discarded ({})", id,
					report.failureReason());
			claims.giveBack(id);
		}
	}
}
