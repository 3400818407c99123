package org.mosty.indexer.bench;

import java.util.List;
import java.util.Locale;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.mosty.indexer.catalogue.EditorialRecords;
import org.mosty.indexer.editorial.StoredTextIndexer;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The growth benchmark's reindex rate: a whole {@code reindexJob} over a million documents takes
 * over an hour here, so the job runs on the full catalogue (it reads every indexable id first, as
 * it always does) and is stopped once it has written {@code limit} documents; its rate is those
 * documents over the time from its start to its stop. Raw SolrJ adds the same documents (built by
 * Mosty's factory before its clock runs) in batches of {@value ReindexBenchmark#RAW_BATCH} with one
 * commit, into the same full index. The two take turns as in {@code bench/run reindex}:
 * {@value #ROUNDS} rounds of raw SolrJ then {@code reindexJob}; the first round warms Solr, the
 * client and both code paths, the last is the result (measured once, second, on a Solr that had run
 * longer, raw SolrJ looked faster the larger the set).
 */
final class GrowthReindex {

	/** Documents per second of both sides. */
	record Rates(double mosty, double solrj, long documents) {
	}

	static final int ROUNDS = 2;

	private GrowthReindex() {
	}

	static Rates measure(BenchData data, int limit) throws Exception {
		try (BenchSolr solr = BenchSolr.start(data.solrHome(), List.of("mosty"), List.of());
				// the whole application has opened this data folder before, with its other modules' migrations,
				// which the indexer alone does not know
				ConfigurableApplicationContext context = BenchContext.start(data.dataDir(), solr.baseUrl(),
						"--spring.flyway.ignore-migration-patterns=*:missing,*:future")) {
			BenchContext.awaitLanguageWarmUp();
			StoredTextIndexer indexer = context.getBean(StoredTextIndexer.class);
			SolrClient client = context.getBean(SolrClient.class);
			List<String> ids = context.getBean(EditorialRecords.class).indexableIds();
			List<String> first = ids.subList(0, Math.min(limit, ids.size()));
			TaskExecutorJobOperator operator = BenchContext.operator(context, new SimpleAsyncTaskExecutor("growth-reindex-"));
			JobRepository repository = context.getBean(JobRepository.class);
			double mosty = 0;
			double solrj = 0;
			long written = 0;
			List<List<SolrInputDocument>> batches = ReindexBenchmark.batches(indexer, first);
			for (int round = 1; round <= ROUNDS; round++) {
				solrj = first.size() / ReindexBenchmark.rawAdds(client, batches);
				long started = System.nanoTime();
				written = stoppedReindex(context, operator, repository, limit);
				double mostySeconds = BenchData.seconds(started);
				mosty = written / mostySeconds;
				System.out.printf(Locale.ROOT, "  reindex round %d: raw SolrJ %.1f docs/s (%,d documents); reindexJob stopped "
						+ "after %,d of %,d documents: %.1f docs/s (%.1f s, reading the ids included); ratio %.2f%n", round, solrj,
						first.size(), written, ids.size(), mosty, mostySeconds, mosty / solrj);
			}
			BenchContext.shutDownCatalogue(context);
			return new Rates(mosty, solrj, written);
		}
	}

	/** One {@code reindexJob}, stopped once it has written {@code limit} documents; the documents it wrote. */
	private static long stoppedReindex(ConfigurableApplicationContext context, TaskExecutorJobOperator operator,
			JobRepository repository, int limit) throws Exception {
		JobExecution execution = BenchContext.startReindex(context, operator);
		long written;
		boolean stopping = false;
		do {
			Thread.sleep(100);
			execution = repository.getJobExecution(execution.getId());
			StepExecution step = repository.getLastStepExecution(execution.getJobInstance(), "reindexDocuments");
			written = step == null ? 0 : step.getWriteCount();
			if (!stopping && written >= limit) {
				operator.stop(execution);
				stopping = true;
			}
		}
		while (execution.isRunning());
		if (execution.getStatus() != BatchStatus.STOPPED && execution.getStatus() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("reindexJob ended " + execution.getStatus());
		}
		return written;
	}
}
