package org.mosty.indexer.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mosty.indexer.IndexerTestApplication;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * Mosty's indexer (catalogue, jobs, Solr client) as a Spring application inside the benchmark
 * JVM, on a data folder, writing to the benchmark's Solr over HTTP.
 */
final class BenchContext {

	private BenchContext() {
	}

	static ConfigurableApplicationContext start(Path dataDir, String solrUrl, String... extra) {
		List<String> args = new ArrayList<>(List.of("--mosty.data-dir=" + dataDir.toAbsolutePath(),
				"--mosty.samples=false", "--mosty.ingest.poll-interval=0s", "--mosty.solr.mode=http",
				"--mosty.solr.url=" + solrUrl, "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.org.mosty=WARN"));
		args.addAll(List.of(extra));
		return new SpringApplicationBuilder(IndexerTestApplication.class).run(args.toArray(String[]::new));
	}

	/** Waits (up to two minutes) until the background loading of the language models has ended. */
	static void awaitLanguageWarmUp() throws InterruptedException {
		long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline && Thread.getAllStackTraces()
			.keySet()
			.stream()
			.anyMatch(thread -> thread.getName().equals("mosty-language-warm-up"))) {
			Thread.sleep(100);
		}
	}

	/**
	 * Waits (up to a minute) until this JVM's JIT compilers have caught up: less than a tenth of a
	 * core over the last second. Starting an application context leaves a backlog of compilations
	 * that would otherwise run inside the first seconds of a measurement.
	 */
	static void awaitQuietJit() throws InterruptedException {
		long pid = ProcessHandle.current().pid();
		long deadline = System.nanoTime() + java.time.Duration.ofMinutes(1).toNanos();
		double before = ThreadCpu.compilerSeconds(ThreadCpu.byKind(pid));
		while (System.nanoTime() < deadline) {
			Thread.sleep(1000);
			double now = ThreadCpu.compilerSeconds(ThreadCpu.byKind(pid));
			if (now - before < 0.1) {
				return;
			}
			before = now;
		}
	}

	/** Runs {@code reindexJob} on this thread and returns the finished execution. */
	static JobExecution reindex(ConfigurableApplicationContext context) throws Exception {
		JobExecution execution = startReindex(context, operator(context, new SyncTaskExecutor()));
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("reindexJob ended " + execution.getStatus() + ": "
					+ execution.getAllFailureExceptions());
		}
		return execution;
	}

	/**
	 * Shuts the catalogue's H2 database down: H2 lets go of its file only then (a set being made keeps
	 * it open with no connection), and the next phase starts the application on the same data folder.
	 */
	static void shutDownCatalogue(ConfigurableApplicationContext context) {
		new org.springframework.jdbc.core.JdbcTemplate(context.getBean(javax.sql.DataSource.class)).execute("SHUTDOWN");
	}

	/** A job operator on the application's job repository that runs jobs on {@code executor}. */
	static TaskExecutorJobOperator operator(ConfigurableApplicationContext context, TaskExecutor executor)
			throws Exception {
		TaskExecutorJobOperator operator = new TaskExecutorJobOperator();
		operator.setJobRepository(context.getBean(JobRepository.class));
		operator.setJobRegistry(new MapJobRegistry());
		operator.setTaskExecutor(executor);
		operator.afterPropertiesSet();
		return operator;
	}

	/** Starts {@code reindexJob} with a fresh run parameter: finished or started, as the operator's executor runs it. */
	static JobExecution startReindex(ConfigurableApplicationContext context, TaskExecutorJobOperator operator)
			throws Exception {
		Job job = context.getBean("reindexJob", Job.class);
		return operator.start(job,
				new JobParametersBuilder().addLong("bench.run", System.currentTimeMillis()).toJobParameters());
	}
}
