package org.mosty.indexer.ingest;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import com.github.f4b6a3.ulid.UlidCreator;
import org.mosty.indexer.catalogue.DocumentClaims;
import org.mosty.indexer.catalogue.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts {@code ingestJob} when there is work: right after an upload, and by polling the
 * catalogue. One run at a time per process; several processes on one database share the work by
 * claiming documents ({@link DocumentClaims}), and each recovers and restarts only its own runs
 * (job parameter {@value #WORKER}).
 */
@Component
public class IngestLauncher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IngestLauncher.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job ingestJob;

	private final Catalogue catalogue;

	private final IngestProperties properties;

	/** The job parameter naming the worker that started a run. */
	public static final String WORKER = "worker.id";

	private final DocumentClaims claims;

	private final ReentrantLock running = new ReentrantLock();

	private final AtomicBoolean requested = new AtomicBoolean();

	private ScheduledExecutorService executor;

	public IngestLauncher(JobOperator jobOperator, JobRepository jobRepository,
			@Qualifier(IngestJobConfiguration.JOB) Job ingestJob, Catalogue catalogue, IngestProperties properties,
			DocumentClaims claims) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.ingestJob = ingestJob;
		this.catalogue = catalogue;
		this.properties = properties;
		this.claims = claims;
	}

	/** Asks for a run soon, in the background (many requests before it starts make one run). */
	public void requestRun() {
		ScheduledExecutorService current = executor;
		if (current != null && !current.isShutdown() && requested.compareAndSet(false, true)) {
			current.execute(this::runIfPending);
		}
	}

	/**
	 * Runs the job now, in this thread, if there is PENDING work; waits for a run already under
	 * way first.
	 * @return the execution, or {@code null} when nothing was pending
	 */
	public JobExecution runNow() {
		running.lock();
		try {
			if (!claims.hasClaimable()) {
				return null; // nothing PENDING, or all of it claimed by other live workers
			}
			JobExecution execution = restartLastFailed();
			if (execution == null) {
				JobParameters parameters = new JobParametersBuilder()
					.addString("run.id", UlidCreator.getMonotonicUlid().toString())
					.addString(WORKER, claims.workerId())
					.toJobParameters();
				execution = jobOperator.start(ingestJob, parameters);
			}
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				log.error("ingestJob {} ended {}: {}", execution.getId(), execution.getStatus(),
						execution.getAllFailureExceptions());
			}
			return execution;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not run " + IngestJobConfiguration.JOB, ex);
		}
		finally {
			running.unlock();
		}
	}

	/**
	 * Runs the action in the background once no ingest run of this process is under way: a
	 * reindex does not compete with ingest for the two cores.
	 */
	public void afterCurrentRun(Runnable action) {
		Runnable task = () -> {
			running.lock();
			try {
				action.run();
			}
			catch (RuntimeException ex) {
				log.error("A change after an ingest run failed", ex);
			}
			finally {
				running.unlock();
			}
		};
		ScheduledExecutorService current = executor;
		if (current != null && !current.isShutdown()) {
			current.execute(task);
		}
		else {
			task.run();
		}
	}

	/**
	 * Restarts the newest run when it failed (Solr was down, the process was killed and its run
	 * recovered at start-up): Spring Batch resumes it, and its documents still PENDING are done.
	 * Only a run of this worker: another worker's failed run is its own to restart (a new run of
	 * this worker claims the documents anyway).
	 * @return the restarted execution, or {@code null} when the newest run did not fail
	 */
	private JobExecution restartLastFailed() {
		JobInstance instance = jobRepository.getLastJobInstance(IngestJobConfiguration.JOB);
		if (instance == null) {
			return null;
		}
		JobExecution last = jobRepository.getLastJobExecution(instance);
		if (last == null || last.getStatus() != BatchStatus.FAILED || !isMine(last)) {
			return null;
		}
		try {
			log.info("Restarting ingestJob execution {} (instance {}) that ended FAILED", last.getId(),
					instance.getInstanceId());
			return jobOperator.restart(last);
		}
		catch (JobRestartException ex) {
			log.warn("ingestJob execution {} cannot be restarted ({}); starting a new run", last.getId(),
					ex.getMessage());
			return null;
		}
	}

	/**
	 * Marks runs left STARTED by a process that died ({@code kill -9}, power loss) as FAILED, so
	 * the next run restarts them. Only this worker's runs: one STARTED under this worker id when the
	 * worker starts cannot be alive (worker ids are unique among live processes), while another
	 * worker's may be. The H2 file database belongs to one process, so there every run is this one's.
	 */
	void recoverInterruptedRuns() {
		recoverInterruptedRuns(IngestJobConfiguration.JOB);
	}

	/**
	 * The same for another job of this worker's ({@code reindexJob}): a run left STARTED by a dead
	 * process would otherwise count as running for ever.
	 */
	public void recoverInterruptedRuns(String job) {
		for (JobExecution execution : jobRepository.findRunningJobExecutions(job)) {
			if (!isMine(execution)) {
				log.info("{} execution {} belongs to worker {}; left to it", job, execution.getId(),
						execution.getJobParameters().getString(WORKER));
				continue;
			}
			log.warn("{} execution {} was interrupted (the process stopped during the run); recovering it", job,
					execution.getId());
			jobOperator.recover(execution);
		}
	}

	/** This instance's worker id ({@code mosty.ingest.worker-id}), which signs its runs. */
	public String workerId() {
		return claims.workerId();
	}

	/** A run of this worker, or one started before runs were signed (issue 7: one process then). */
	private boolean isMine(JobExecution execution) {
		String worker = execution.getJobParameters().getString(WORKER);
		return worker == null || worker.equals(claims.workerId());
	}

	private void runIfPending() {
		requested.set(false);
		try {
			runNow();
		}
		catch (RuntimeException ex) {
			log.error("Ingest run failed; it will be tried again", ex);
		}
	}

	@Override
	public void start() {
		recoverInterruptedRuns();
		executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "mosty-ingest");
			thread.setDaemon(true);
			return thread;
		});
		long millis = properties.pollInterval().toMillis();
		if (millis > 0) {
			executor.scheduleWithFixedDelay(this::runIfPending, millis, millis, TimeUnit.MILLISECONDS);
		}
		else if (claims.hasClaimable()) {
			executor.execute(this::runIfPending); // finish what an earlier process left
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService current = executor;
		if (current != null) {
			current.shutdown();
			try {
				current.awaitTermination(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return executor != null && !executor.isShutdown();
	}

	@Override
	public int getPhase() {
		// stop before the SolrClient and the DataSource go away
		return Integer.MAX_VALUE - 1000;
	}
}
