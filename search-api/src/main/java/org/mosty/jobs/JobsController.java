package org.mosty.jobs;

import java.util.List;
import java.util.Map;

import org.mosty.api.BadRequestException;
import org.mosty.api.NotFoundException;
import org.mosty.indexer.organizations.Organizations;
import org.mosty.indexer.reindex.JobRun;
import org.mosty.indexer.reindex.JobRuns;
import org.mosty.indexer.reindex.ReindexLauncher;
import org.mosty.security.AccessScope;
import org.mosty.security.CurrentUser;
import org.mosty.suggest.OrganizationNames;
import org.mosty.problem.FieldProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ingest dashboard ({@code GET /api/ingest/runs}, editors), the reindex trigger
 * ({@code POST /api/admin/reindex}, admins) and the organisation autocomplete (anyone, within
 * the documents the user may see: {@link OrganizationNames}).
 */
@RestController
class JobsController {

	private final JobDashboard dashboard;

	private final JobRuns runs;

	private final ReindexLauncher reindex;

	private final OrganizationNames organizations;

	public JobsController(JobDashboard dashboard, JobRuns runs, ReindexLauncher reindex, OrganizationNames organizations) {
		this.dashboard = dashboard;
		this.runs = runs;
		this.reindex = reindex;
		this.organizations = organizations;
	}

	@GetMapping("/api/ingest/runs")
	public JobDashboard.Dashboard runs(@RequestParam(defaultValue = "20") int limit) {
		return dashboard.latest(limit);
	}

	@GetMapping("/api/ingest/runs/{executionId}")
	public JobRun run(@PathVariable long executionId) {
		JobRun run = runs.get(executionId);
		if (run == null || !JobRuns.JOBS.contains(run.job())) {
			throw new NotFoundException("No run " + executionId);
		}
		return run;
	}

	/** Starts {@code reindexJob} in the background; answers 202 with its execution id. */
	@PostMapping("/api/admin/reindex")
	public ResponseEntity<Map<String, Object>> reindex() {
		ReindexLauncher.Launch launch = reindex.start(CurrentUser.name());
		long id = launch.execution().getId();
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.header(HttpHeaders.LOCATION, "/api/ingest/runs/" + id)
			.body(Map.of("executionId", id, "started", launch.started(), "status",
					launch.execution().getStatus().name(), "url", "/api/ingest/runs/" + id));
	}

	@GetMapping("/api/organizations")
	public Map<String, List<String>> organizations(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "10") int limit) {
		if (q != null && q.length() > 100) {
			throw new BadRequestException(FieldProblem.maxChars("q", 100));
		}
		if (limit < 1 || limit > Organizations.MAX_RESULTS) {
			throw new BadRequestException(FieldProblem.between("limit", 1, Organizations.MAX_RESULTS));
		}
		return Map.of("organizations", organizations.complete(q, limit, AccessScope.current()));
	}
}
