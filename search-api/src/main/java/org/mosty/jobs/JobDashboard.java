package org.mosty.jobs;

import java.util.List;

import org.mosty.api.BadRequestException;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.reindex.JobRun;
import org.mosty.indexer.reindex.JobRuns;
import org.mosty.problem.FieldProblem;
import org.springframework.stereotype.Service;

/**
 * The ingest dashboard: the latest job runs and the documents that FAILED, with why. One service
 * for the API ({@code GET /api/ingest/runs}) and the editors' runs page (issue 20).
 */
@Service
public class JobDashboard {

	static final int MAX_RUNS = 100;

	static final int MAX_FAILED = 100;

	private final JobRuns runs;

	private final Catalogue catalogue;

	public JobDashboard(JobRuns runs, Catalogue catalogue) {
		this.runs = runs;
		this.catalogue = catalogue;
	}

	/** A document that FAILED and why. */
	public record FailedDocument(String id, String title, String fileName, String failureReason, String url) {
	}

	public record Dashboard(List<JobRun> runs, long failedTotal, List<FailedDocument> failed) {
	}

	/** The latest {@code limit} runs (1 to {@value #MAX_RUNS}) and up to {@value #MAX_FAILED} failed documents. */
	public Dashboard latest(int limit) {
		if (limit < 1 || limit > MAX_RUNS) {
			throw new BadRequestException(FieldProblem.between("limit", 1, MAX_RUNS));
		}
		List<FailedDocument> failed = catalogue.list(DocumentStatus.FAILED, 0, MAX_FAILED)
			.stream()
			.map(doc -> new FailedDocument(doc.id(), doc.metadata().title(), doc.fileName(), doc.failureReason(),
					"/api/documents/" + doc.id()))
			.toList();
		return new Dashboard(runs.recent(limit), catalogue.count(DocumentStatus.FAILED), failed);
	}
}
