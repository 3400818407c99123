package org.mosty.indexer.ingest;

import org.mosty.indexer.index.SolrIndex;
import org.mosty.indexer.catalogue.ClaimSettings;
import org.mosty.indexer.catalogue.DocumentClaims;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.extraction.ExtractionException;
import org.mosty.indexer.extraction.ExtractionProperties;
import org.mosty.indexer.extraction.TextExtractor;
import org.mosty.indexer.extraction.TextLimit;
import org.mosty.indexer.catalogue.KeptLanguageCalls;
import org.mosty.indexer.language.SegmentLanguages;
import org.mosty.indexer.storage.FileStore;
import org.mosty.indexer.thumbnails.FirstPages;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code ingestJob}: PENDING documents to INDEXED or FAILED(reason). Chunked; a file whose text
 * cannot be extracted is skipped and recorded, never stops the job; Solr writes are upserts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ IngestProperties.class, ExtractionProperties.class })
class IngestJobConfiguration {

	static final String JOB = "ingestJob";

	/** Ingest's write limit, handed to extraction (which must not depend on ingest). */
	@Bean
	TextLimit textLimit(IngestProperties properties) {
		return new TextLimit(properties.maxTextChars());
	}

	/** Ingest's worker id and claim lease, handed to the catalogue's claims (which must not depend on ingest). */
	@Bean
	ClaimSettings claimSettings(IngestProperties properties) {
		return properties.claims();
	}

	@Bean
	Job ingestJob(JobRepository jobRepository, Step extractAndIndex) {
		return new JobBuilder(JOB, jobRepository).start(extractAndIndex).build();
	}

	@Bean
	Step extractAndIndex(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			IngestProperties properties, ExtractionProperties extraction, Catalogue catalogue, FileStore files,
			TextExtractor extractor, SegmentLanguages languages, SolrDocumentFactory factory, SolrIndex index,
			IngestMetrics metrics, DocumentClaims claims, KeptLanguageCalls keptCalls,
			FirstPages firstPages) {
		// the items of a chunk are extracted in parallel, one per child JVM of the extraction pool
		SimpleAsyncTaskExecutor extractors = new SimpleAsyncTaskExecutor("mosty-extract-");
		extractors.setConcurrencyLimit(extraction.poolSize());
		extractors.setDaemon(true);
		return new StepBuilder("extractAndIndex", jobRepository)
			.<String, IngestItem>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(new PendingDocumentReader(claims, properties.chunkSize()))
			.processor(new ExtractingProcessor(catalogue, files, extractor, languages, factory, metrics,
					claims.workerId(), firstPages))
			.writer(new SolrCatalogueWriter(index, catalogue, properties.solrAttempts(), properties.solrBackoff(), metrics, keptCalls, claims, factory,
					languages))
			.taskExecutor(extractors)
			.faultTolerant()
			.skip(ExtractionException.class)
			.skipLimit(Long.MAX_VALUE)
			.skipListener(new FailureRecorder(catalogue, claims))
			.build();
	}
}
