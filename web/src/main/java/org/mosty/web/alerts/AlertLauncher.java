package org.mosty.web.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Runs {@code alertJob} on {@code mosty.alerts.schedule}, one run at a time; a run that failed
 * (SMTP down, Solr down, the process killed) is restarted first, with its own time, so what it
 * had not done yet is done and what it had is not done again.
 */
@Component
class AlertLauncher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AlertLauncher.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job alertJob;

	private final AlertProperties properties;

	private final ReentrantLock running = new ReentrantLock();

	private final Clock clock = Clock.systemUTC();

	private volatile ScheduledExecutorService executor;

	AlertLauncher(JobOperator jobOperator, JobRepository jobRepository,
			@Qualifier(AlertJobConfiguration.JOB) Job alertJob, AlertProperties properties) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.alertJob = alertJob;
		this.properties = properties;
	}

	/** Runs the job now, in this thread: the last failed run is restarted first. */
	JobExecution runNow() {
		return run(Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
	}

	/**
	 * Restarts the last run if it failed, then runs the job as if it were {@code at} (tests and the
	 * benchmark choose the time).
	 * @return the new run's execution
	 */
	JobExecution run(Instant at) {
		running.lock();
		try {
			restartLastFailed();
			JobExecution execution = jobOperator.start(alertJob,
					new JobParametersBuilder().addString(AlertJobConfiguration.AT, at.toString()).toJobParameters());
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				log.error("alertJob {} ended {}: {}", execution.getId(), execution.getStatus(),
						execution.getAllFailureExceptions());
			}
			return execution;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not run " + AlertJobConfiguration.JOB, ex);
		}
		finally {
			running.unlock();
		}
	}

	private void restartLastFailed() throws Exception {
		JobInstance instance = jobRepository.getLastJobInstance(AlertJobConfiguration.JOB);
		if (instance == null) {
			return;
		}
		JobExecution last = jobRepository.getLastJobExecution(instance);
		if (last != null && last.getStatus() == BatchStatus.FAILED) {
			log.info("Restarting alertJob execution {} that ended FAILED", last.getId());
			JobExecution restarted = jobOperator.restart(last);
			log.info("alertJob execution {} (restart) ended {}", restarted.getId(), restarted.getStatus());
		}
	}

	@Override
	public void start() {
		if (!properties.scheduled()) {
			log.info("alertJob is not scheduled (mosty.alerts.schedule=-)");
			return;
		}
		executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "alert-job");
			thread.setDaemon(true);
			return thread;
		});
		scheduleNext();
	}

	private void scheduleNext() {
		ScheduledExecutorService current = executor;
		if (current == null || current.isShutdown()) {
			return;
		}
		ZonedDateTime now = ZonedDateTime.now(clock.withZone(properties.zone()));
		ZonedDateTime next = CronExpression.parse(properties.schedule()).next(now);
		if (next == null) {
			return;
		}
		current.schedule(() -> {
			try {
				runNow();
			}
			catch (RuntimeException ex) {
				log.error("alertJob failed; the next scheduled run restarts it", ex);
			}
			finally {
				scheduleNext();
			}
		}, Math.max(0, java.time.Duration.between(now, next).toMillis()), TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledExecutorService current = executor;
		executor = null;
		if (current != null) {
			current.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return executor != null;
	}
}
