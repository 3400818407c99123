package org.mosty.indexer.jobs;

import java.time.Instant;
import java.util.Date;
import java.util.Iterator;
import java.util.List;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.mosty.indexer.editorial.EditorialRecords;
import org.mosty.indexer.editorial.StoredTextIndexer;
import org.mosty.indexer.ingest.IngestProperties;
import org.mosty.solr.SolrFields;
import org.mosty.solr.SolrProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code reindexJob}: rebuilds the Solr index from the catalogue with the kept text, never
 * extracting again. Documents are upserted in place, so searches keep answering (and keep finding
 * everything) while it runs; a last step removes what the catalogue no longer wants indexed
 * (withdrawn or deleted documents) — everything not written since the job started.
 */
@Configuration(proxyBeanMethods = false)
class ReindexJobConfiguration {

	static final String JOB = "reindexJob";

	private static final Logger log = LoggerFactory.getLogger(ReindexJobConfiguration.class);

	@Bean
	Job reindexJob(JobRepository jobRepository, Step reindexDocuments, Step removeStale) {
		return new JobBuilder(JOB, jobRepository).start(reindexDocuments).next(removeStale).build();
	}

	@Bean
	Step reindexDocuments(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			IngestProperties properties, EditorialRecords records, StoredTextIndexer indexer, SolrClient solr,
			SolrProperties solrProperties) {
		return new StepBuilder("reindexDocuments", jobRepository)
			.<String, SolrInputDocument>chunk(Math.max(properties.chunkSize(), 20))
			.transactionManager(transactionManager)
			.reader(new IndexableReader(records))
			.processor(id -> indexer.solrDocument(id).orElse(null))
			.writer(chunk -> {
				List<SolrInputDocument> docs = List.copyOf(chunk.getItems());
				if (!docs.isEmpty()) {
					solr.add(docs, solrProperties.commitWithinMillis());
				}
			})
			.build();
	}

	@Bean
	Step removeStale(JobRepository jobRepository, PlatformTransactionManager transactionManager, SolrClient solr) {
		return new StepBuilder("removeStale", jobRepository).tasklet((contribution, context) -> {
			Date started = Date.from(context.getStepContext()
				.getStepExecution()
				.getJobExecution()
				.getStartTime()
				.atZone(java.time.ZoneId.systemDefault())
				.toInstant());
			// indexed_at is set when a document is written; anything older was not rewritten by this run
			String stale = SolrFields.INDEXED_AT + ":[* TO " + started.toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS) + "}";
			solr.deleteByQuery(stale);
			solr.commit();
			log.info("reindexJob: removed documents not rewritten since {}", Instant.ofEpochMilli(started.getTime()));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	/** The ids of the documents the index should hold ({@link EditorialRecords#indexableIds()}) when the step opens. */
	static final class IndexableReader implements ItemStreamReader<String> {

		private final EditorialRecords records;

		private Iterator<String> ids;

		IndexableReader(EditorialRecords records) {
			this.records = records;
		}

		@Override
		public void open(ExecutionContext executionContext) {
			ids = records.indexableIds().iterator();
		}

		@Override
		public String read() {
			return ids != null && ids.hasNext() ? ids.next() : null;
		}

		@Override
		public void close() {
			ids = null;
		}
	}
}
