package org.mosty.indexer.jobs;

import java.util.concurrent.locks.ReentrantLock;

import com.github.f4b6a3.ulid.UlidCreator;
import org.mosty.indexer.ingest.IngestLauncher;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Starts {@code reindexJob} in the background and answers at once with the execution, whose
 * progress {@link JobRuns} shows. One reindex at a time; it runs between ingest runs (uploads
 * wait while it runs; searches do not).
 */
@Component
public class ReindexLauncher {

	private final JobRepository jobRepository;

	private final Job reindexJob;

	private final TaskExecutorJobOperator operator;

	private final ReentrantLock starting = new ReentrantLock();

	public ReindexLauncher(JobRepository jobRepository, @Qualifier(ReindexJobConfiguration.JOB) Job reindexJob,
			IngestLauncher ingest) throws Exception {
		this.jobRepository = jobRepository;
		this.reindexJob = reindexJob;
		operator = new TaskExecutorJobOperator();
		operator.setJobRepository(jobRepository);
		operator.setJobRegistry(new MapJobRegistry());
		// on the ingest thread, between ingest runs: a document half-way through ingest (in Solr,
		// its text not yet committed to the catalogue) could otherwise be judged stale and removed
		operator.setTaskExecutor(ingest::afterCurrentRun);
		operator.afterPropertiesSet();
	}

	/** A reindex run: the one just started, or the one already running ({@code started} false). */
	public record Launch(JobExecution execution, boolean started) {
	}

	public Launch start() {
		starting.lock();
		try {
			for (JobExecution running : jobRepository.findRunningJobExecutions(ReindexJobConfiguration.JOB)) {
				if (running.getStatus() == BatchStatus.STARTED || running.getStatus() == BatchStatus.STARTING) {
					return new Launch(running, false);
				}
			}
			JobExecution execution = operator.start(reindexJob, new JobParametersBuilder()
				.addString("run.id", UlidCreator.getMonotonicUlid().toString())
				.toJobParameters());
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
