package org.mosty.indexer.reindex;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.mosty.indexer.index.SolrIndex;
import org.mosty.indexer.catalogue.EditorialRecords;
import org.mosty.indexer.editorial.StoredTextIndexer;
import org.mosty.solr.SolrFields;
import org.mosty.solr.SolrProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mosty.solr.cloud.SolrCloudCollections;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code reindexJob}: rebuilds the Solr index from the catalogue with the kept text, never
 * extracting again. Documents are upserted in place, so searches keep answering (and keep finding
 * everything) while it runs; a last step removes what the catalogue no longer wants indexed
 * (withdrawn or deleted documents, strays): whatever was not written since the job started and,
 * checked again, does not belong in the index. In cloud mode ({@link CloudReindexSteps}) the same
 * {@code reindexDocuments} step writes into a new collection instead, and the alias is swapped to
 * it when it is complete, so searches never see a half-built index.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReindexProperties.class)
class ReindexJobConfiguration {

	static final String JOB = "reindexJob";

	private static final Logger log = LoggerFactory.getLogger(ReindexJobConfiguration.class);

	@Bean
	Job reindexJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, Step reindexDocuments,
			Step removeStale, ObjectProvider<SolrCloudCollections> cloud, SolrIndex index,
			SolrProperties solrProperties, EditorialRecords records, StoredTextIndexer indexer,
			ApplicationEventPublisher events) {
		SolrCloudCollections collections = cloud.getIfAvailable();
		if (collections == null) {
			return new JobBuilder(JOB, jobRepository).start(reindexDocuments).next(removeStale).build();
		}
		// cloud mode (issue 7): build a new collection, then swap the alias to it
		return new JobBuilder(JOB, jobRepository)
			.start(CloudReindexSteps.createCollection(jobRepository, transactionManager, collections))
			.next(reindexDocuments)
			.next(CloudReindexSteps.swapAlias(jobRepository, transactionManager, collections, index, solrProperties,
					records, indexer, events))
			.build();
	}

	@Bean
	Step reindexDocuments(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReindexProperties properties, EditorialRecords records, StoredTextIndexer indexer, SolrIndex index) {
		ReindexWriter writer = new ReindexWriter(index);
		return new StepBuilder("reindexDocuments", jobRepository)
			.<String, SolrInputDocument>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(new IndexableReader(records))
			.processor(id -> indexer.solrDocument(id).orElse(null))
			.writer(writer)
			.listener(writer)
			.build();
	}

	@Bean
	Step removeStale(JobRepository jobRepository, PlatformTransactionManager transactionManager, SolrClient solr,
			SolrIndex index, StoredTextIndexer indexer) {
		return new StepBuilder("removeStale", jobRepository).tasklet((contribution, context) -> {
			Instant started = context.getStepContext()
				.getStepExecution()
				.getJobExecution()
				.getStartTime()
				.atZone(java.time.ZoneId.systemDefault())
				.toInstant()
				.truncatedTo(ChronoUnit.MILLIS);
			index.commit(); // so what this run wrote is what the query below sees
			// indexed_at is set whenever a document is written: anything older was not rewritten by
			// this run. Each such document is checked against the catalogue again rather than deleted
			// blindly, so one that ingest finished just as the run started is written, not lost.
			List<String> stale = staleIds(solr, started);
			int removed = 0;
			for (String id : stale) {
				Optional<SolrInputDocument> doc = indexer.solrDocument(id);
				if (doc.isPresent()) {
					index.add(doc.get());
				}
				else {
					index.delete(id);
					removed++;
				}
			}
			index.commit();
			log.info("reindexJob: {} documents not rewritten since {}, {} of them removed", stale.size(), started,
					removed);
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	private static List<String> staleIds(SolrClient solr, Instant before) throws Exception {
		List<String> ids = new ArrayList<>();
		String cursor = CursorMarkParams.CURSOR_MARK_START;
		while (true) {
			SolrQuery query = new SolrQuery(SolrFields.INDEXED_AT + ":[* TO \"" + before + "\"}");
			query.setFields(SolrFields.ID);
			query.setRows(1000);
			query.setSort(SolrFields.ID, SolrQuery.ORDER.asc);
			query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
			QueryResponse response = solr.query(query);
			response.getResults().forEach(doc -> ids.add(doc.getFirstValue(SolrFields.ID).toString()));
			String next = response.getNextCursorMark();
			if (next == null || next.equals(cursor)) {
				return ids;
			}
			cursor = next;
		}
	}

	/**
	 * Writes a chunk to the index: to the client's default collection, or in cloud mode to the
	 * collection this run builds ({@link CloudReindexSteps#target}, {@code null} otherwise).
	 */
	static final class ReindexWriter implements ItemWriter<SolrInputDocument>, StepExecutionListener {

		private final SolrIndex index;

		private String target;

		ReindexWriter(SolrIndex index) {
			this.index = index;
		}

		@Override
		public void beforeStep(StepExecution stepExecution) {
			target = CloudReindexSteps.target(stepExecution.getJobExecution().getExecutionContext());
		}

		@Override
		public void write(Chunk<? extends SolrInputDocument> chunk) throws Exception {
			List<SolrInputDocument> docs = List.copyOf(chunk.getItems());
			if (!docs.isEmpty()) {
				index.add(target, docs);
			}
		}
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
			List<String> all = records.indexableIds();
			executionContext.putLong(JobRuns.TOTAL, all.size()); // how many to go: the dashboard's progress
			ids = all.iterator();
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
