package org.mosty.indexer.reindex;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** The runs of Mosty's jobs, newest first, from the Spring Batch job repository. */
@Component
public class JobRuns {

	/** The jobs shown to editors. */
	public static final List<String> JOBS = List.of("ingestJob", ReindexJobConfiguration.JOB);

	/** Step execution context key of the number of items a step will read, when it knows it. */
	static final String TOTAL = "mosty.total";

	private final JobRepository repository;

	public JobRuns(JobRepository repository) {
		this.repository = repository;
	}

	public List<JobRun> recent(int limit) {
		List<JobRun> runs = new ArrayList<>();
		for (String job : JOBS) {
			for (JobInstance instance : repository.getJobInstances(job, 0, limit)) {
				for (JobExecution execution : repository.getJobExecutions(instance)) {
					runs.add(run(job, execution));
				}
			}
		}
		runs.sort(Comparator.comparing(JobRun::id).reversed());
		return runs.size() > limit ? List.copyOf(runs.subList(0, limit)) : runs;
	}

	/** One run, or {@code null} when there is no such execution. */
	public JobRun get(long executionId) {
		JobExecution execution;
		try {
			execution = repository.getJobExecution(executionId);
		}
		catch (org.springframework.dao.EmptyResultDataAccessException ex) {
			return null;
		}
		return execution == null ? null : run(execution.getJobInstance().getJobName(), execution);
	}

	private static JobRun run(String job, JobExecution execution) {
		long read = 0;
		long written = 0;
		long skipped = 0;
		long filtered = 0;
		Long total = null;
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getExecutionContext().containsKey(TOTAL)) {
				total = (total == null ? 0 : total) + step.getExecutionContext().getLong(TOTAL);
			}
			read += step.getReadCount();
			written += step.getWriteCount();
			skipped += step.getSkipCount();
			filtered += step.getFilterCount();
		}
		List<String> failures = execution.getAllFailureExceptions()
			.stream()
			.map(ex -> ex.getClass().getSimpleName() + ": " + ex.getMessage())
			.toList();
		return new JobRun(execution.getId(), job, execution.getStatus().name(), execution.getExitStatus().getExitCode(),
				instant(execution.getCreateTime()), instant(execution.getStartTime()), instant(execution.getEndTime()),
				total, read, written, skipped, filtered, failures);
	}

	private static Instant instant(LocalDateTime time) {
		return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
	}
}
