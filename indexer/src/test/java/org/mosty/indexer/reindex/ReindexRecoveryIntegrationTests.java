package org.mosty.indexer.reindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.mosty.indexer.IndexerTestApplication;
import org.mosty.indexer.ingest.IngestLauncher;
import org.mosty.testing.TestDataDirs;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reindex whose process died during the run ({@code kill -9}) stays STARTED in the job
 * repository; it used to count as running for ever, so no reindex could start again. The worker
 * that started it recovers it when it starts again; another worker's run is left to that worker
 * until it has shown no progress for {@code mosty.reindex.lease} (issue 18).
 */
class ReindexRecoveryIntegrationTests {

	@Test
	void aReindexLeftStartedByThisWorkerIsRecoveredAtStartAndANewOneRuns() throws Exception {
		String data = TestDataDirs.fresh("reindex-recovery");
		long killed;
		try (ConfigurableApplicationContext first = start(data, "mosty")) {
			killed = startedRun(first.getBean(JobRepository.class), "worker-x", "killed").getId();
		}

		// the same database (job repository); a core of its own, as the embedded core of the first
		// context keeps its index lock after the context closes (seen here)
		try (ConfigurableApplicationContext again = start(data, "again")) {
			JobRepository repository = again.getBean(JobRepository.class);
			assertThat(repository.getJobExecution(killed).getStatus()).isEqualTo(BatchStatus.FAILED);

			ReindexLauncher launcher = again.getBean(ReindexLauncher.class);
			ReindexLauncher.Launch launch = launcher.start();
			assertThat(launch.started()).isTrue();
			assertThat(launch.execution().getJobParameters().getString(IngestLauncher.WORKER)).isEqualTo("worker-x");
			assertThat(awaitEnd(repository, launch.execution().getId())).isEqualTo(BatchStatus.COMPLETED);

			JobExecution others = startedRun(repository, "worker-y", "alive-elsewhere");
			ReindexLauncher.Launch blocked = launcher.start();
			assertThat(blocked.started()).isFalse();
			assertThat(blocked.execution().getId()).isEqualTo(others.getId());

			// that worker vanished: once its run has shown no progress for the lease, it is recovered
			again.getBean(JdbcClient.class)
				.sql("update batch_job_execution set create_time = :old, start_time = :old, last_updated = :old "
						+ "where job_execution_id = :id")
				.param("old", Timestamp.valueOf(LocalDateTime.now().minusMinutes(11)))
				.param("id", others.getId())
				.update();
			ReindexLauncher.Launch afterLease = launcher.start();
			assertThat(afterLease.started()).isTrue();
			assertThat(repository.getJobExecution(others.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
			assertThat(awaitEnd(repository, afterLease.execution().getId())).isEqualTo(BatchStatus.COMPLETED);
		}
	}

	private static ConfigurableApplicationContext start(String data, String core) {
		return new SpringApplicationBuilder(IndexerTestApplication.class).run("--mosty.data-dir=" + data,
				"--mosty.solr.core=" + core,
				"--mosty.samples=false", "--mosty.ingest.poll-interval=0s", "--mosty.ingest.worker-id=worker-x",
				"--spring.main.banner-mode=off");
	}

	/** What a process killed during a reindex leaves behind: an execution STARTED and never ended. */
	private static JobExecution startedRun(JobRepository repository, String worker, String runId) {
		JobParameters parameters = new JobParametersBuilder().addString("run.id", runId)
			.addString(IngestLauncher.WORKER, worker)
			.toJobParameters();
		JobInstance instance = repository.createJobInstance(ReindexJobConfiguration.JOB, parameters);
		JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
		execution.setStatus(BatchStatus.STARTED);
		execution.setStartTime(LocalDateTime.now());
		repository.update(execution);
		return execution;
	}

	private static BatchStatus awaitEnd(JobRepository repository, long id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		BatchStatus status = repository.getJobExecution(id).getStatus();
		while (status.isRunning() && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
			status = repository.getJobExecution(id).getStatus();
		}
		return status;
	}
}
