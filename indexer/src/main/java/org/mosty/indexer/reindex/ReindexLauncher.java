package org.mosty.indexer.reindex;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import com.github.f4b6a3.ulid.UlidCreator;
import org.mosty.indexer.audit.AuditLog;
import org.mosty.indexer.ingest.IngestLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts {@code reindexJob} in the background and answers at once with the execution, whose
 * progress {@link JobRuns} shows. One reindex at a time; it runs between ingest runs (uploads
 * wait while it runs; searches do not). A run of another worker that has shown no progress for
 * {@code mosty.reindex.lease} is taken as abandoned and recovered.
 */
@Component
public class ReindexLauncher {

	private static final Logger log = LoggerFactory.getLogger(ReindexLauncher.class);

	private final JobRepository jobRepository;

	private final Job reindexJob;

	private final TaskExecutorJobOperator operator;

	private final IngestLauncher ingest;

	private final ReentrantLock starting = new ReentrantLock();

	private final AtomicBoolean recovered = new AtomicBoolean();

	private final Duration lease;

	private final AuditLog audit;

	public ReindexLauncher(JobRepository jobRepository, @Qualifier(ReindexJobConfiguration.JOB) Job reindexJob,
			IngestLauncher ingest, ReindexProperties properties, AuditLog audit) throws Exception {
		this.jobRepository = jobRepository;
		this.audit = audit;
		this.lease = properties.lease();
		this.reindexJob = reindexJob;
		this.ingest = ingest;
		operator = new TaskExecutorJobOperator();
		operator.setJobRepository(jobRepository);
		operator.setJobRegistry(new MapJobRegistry());
		// on the ingest thread, between ingest runs: a document half-way through ingest (in Solr,
		// its text not yet committed to the catalogue) could otherwise be judged stale and removed
		operator.setTaskExecutor(ingest::afterCurrentRun);
		operator.afterPropertiesSet();
	}

	/**
	 * A reindex this worker left STARTED when its process died ({@code kill -9} during the run) is
	 * not running any more: recovered (FAILED) once, when the application has started, or before
	 * the first reindex of this process if one is asked for earlier, it no longer blocks every
	 * later reindex. Another worker's run is left to it.
	 */
	@EventListener(ContextRefreshedEvent.class)
	public void recoverInterruptedRuns() {
		starting.lock();
		try {
			if (recovered.compareAndSet(false, true)) {
				ingest.recoverInterruptedRuns(ReindexJobConfiguration.JOB);
			}
		}
		finally {
			starting.unlock();
		}
	}

	/**
	 * Whether a run has shown no progress for longer than the lease: neither it nor any of its steps
	 * was updated (each committed chunk updates its step) since then.
	 */
	private boolean abandoned(JobExecution running) {
		JobExecution execution = jobRepository.getJobExecution(running.getId());
		LocalDateTime last = latest(execution.getCreateTime(), execution.getStartTime(), execution.getLastUpdated());
		for (StepExecution step : execution.getStepExecutions()) {
			last = latest(last, step.getStartTime(), step.getLastUpdated());
		}
		return last != null && last.isBefore(LocalDateTime.now().minus(lease));
	}

	private static LocalDateTime latest(LocalDateTime... times) {
		LocalDateTime latest = null;
		for (LocalDateTime time : times) {
			if (time != null && (latest == null || time.isAfter(latest))) {
				latest = time;
			}
		}
		return latest;
	}

	/** A reindex run: the one just started, or the one already running ({@code started} false). */
	public record Launch(JobExecution execution, boolean started) {
	}

	/** Starts a reindex for the system (not recorded in the audit log). */
	public Launch start() {
		return start(null);
	}

	/** Starts a reindex on behalf of {@code actor}; a run this call started is recorded in the audit log. */
	public Launch start(String actor) {
		recoverInterruptedRuns();
		starting.lock();
		try {
			for (JobExecution running : jobRepository.findRunningJobExecutions(ReindexJobConfiguration.JOB)) {
				if (running.getStatus() == BatchStatus.STARTED || running.getStatus() == BatchStatus.STARTING) {
					if (!abandoned(running)) {
						return new Launch(running, false);
					}
					log.warn("{} execution {} of worker {} has shown no progress for more than {}: its worker is "
							+ "taken as gone and the run recovered", ReindexJobConfiguration.JOB, running.getId(),
							running.getJobParameters().getString(IngestLauncher.WORKER), lease);
					operator.recover(running);
				}
			}
			JobExecution execution = operator.start(reindexJob, new JobParametersBuilder()
				.addString("run.id", UlidCreator.getMonotonicUlid().toString())
				.addString(IngestLauncher.WORKER, ingest.workerId())
				.toJobParameters());
			if (actor != null) {
				audit.record(actor, "reindex", null, "execution " + execution.getId());
			}
			return new Launch(execution, true);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start " + ReindexJobConfiguration.JOB, ex);
		}
		finally {
			starting.unlock();
		}
	}

}
