package org.mosty.indexer.reindex;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.solr.common.SolrInputDocument;
import org.mosty.indexer.index.SolrIndex;
import org.mosty.indexer.catalogue.EditorialRecords;
import org.mosty.indexer.editorial.StoredTextIndexer;
import org.mosty.solr.SolrProperties;
import org.mosty.solr.cloud.SolrCloudCollections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The steps {@code reindexJob} has in cloud mode around the shared {@code reindexDocuments} step:
 * before it, a new empty collection (the step writes there instead of to the alias); after it,
 * the swap: commit the new collection, point the alias at it, write again every document the
 * catalogue changed since the job started, and delete the collections no longer needed.
 * <p>
 * Why the catch-up: while the new collection is being built, ingest workers (this process after
 * the job, other processes at any time) and editors write through the alias, that is into the old
 * collection. Everything they changed has its catalogue row's {@code updated_at} at or after the
 * job's start, so once the alias points at the new collection those documents are written again
 * from the catalogue (or deleted, if withdrawn). The catch-up waits
 * {@code mosty.solr.cloud.catch-up-delay} after the swap so a worker whose Solr write went to the
 * old collection just before the swap has committed its catalogue row.
 */
final class CloudReindexSteps {

	/** Job execution context key: the collection this run builds. */
	static final String COLLECTION = "mosty.reindex.collection";

	/**
	 * Job execution context key: when the run started building (epoch milliseconds); kept in the
	 * context so a restarted run still catches up from the first attempt's start.
	 */
	static final String STARTED = "mosty.reindex.started";

	private static final Logger log = LoggerFactory.getLogger(CloudReindexSteps.class);

	private CloudReindexSteps() {
	}

	/** The collection this run writes to, or {@code null} (the client's default: the core or alias). */
	static String target(ExecutionContext jobContext) {
		return jobContext.containsKey(COLLECTION) ? jobContext.getString(COLLECTION) : null;
	}

	static Step createCollection(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SolrCloudCollections collections) {
		return new StepBuilder("createCollection", jobRepository).tasklet((contribution, chunk) -> {
			// before anything is read from the catalogue: every change from now on is caught up after the swap
			jobContext(chunk).putLong(STARTED, Instant.now().toEpochMilli());
			String collection = collections.createCollection();
			jobContext(chunk).putString(COLLECTION, collection);
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	static Step swapAlias(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SolrCloudCollections collections, SolrIndex index, SolrProperties properties, EditorialRecords records,
			StoredTextIndexer indexer, ApplicationEventPublisher events) {
		return new StepBuilder("swapAlias", jobRepository).tasklet((contribution, chunk) -> {
			String collection = target(jobContext(chunk));
			Instant started = Instant.ofEpochMilli(jobContext(chunk).getLong(STARTED));
			index.commit(collection);
			events.publishEvent(new ReindexCollectionBuilt(collections.alias(), collection));
			String previous = collections.currentCollection().orElse(null);
			collections.swapAlias(collection);
			Thread.sleep(properties.cloud().catchUpDelay().toMillis());
			int rewritten = catchUp(index, records, indexer, started);
			List<String> deleted = collections.deleteRetired(properties.cloud().keepCollections(), previous);
			log.info("reindexJob: alias '{}' moved from '{}' to '{}'; {} documents changed during the run written "
					+ "again; deleted {}", collections.alias(), previous, collection, rewritten, deleted);
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	/** Writes again (through the alias, now the new collection) what the catalogue changed since {@code since}. */
	private static int catchUp(SolrIndex index, EditorialRecords records, StoredTextIndexer indexer, Instant since)
			throws Exception {
		List<String> changed = records.changedSince(since);
		for (String id : changed) {
			Optional<SolrInputDocument> doc = indexer.solrDocument(id);
			if (doc.isPresent()) {
				index.add(doc.get());
			}
			else {
				index.delete(id);
			}
		}
		index.commit();
		return changed.size();
	}

	private static ExecutionContext jobContext(ChunkContext chunk) {
		return chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
	}
}
