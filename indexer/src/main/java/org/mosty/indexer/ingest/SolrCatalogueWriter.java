package org.mosty.indexer.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.language.KeptLanguageCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Upserts a chunk into Solr by id (so a chunk written twice after a crash changes nothing), then
 * marks the documents INDEXED in the catalogue, in the chunk's transaction. When Solr does not
 * answer, the chunk is offered again with a growing pause; after the last attempt the run fails
 * and its documents stay PENDING for the restart.
 */
class SolrCatalogueWriter implements ItemWriter<IngestItem> {

	private static final Logger log = LoggerFactory.getLogger(SolrCatalogueWriter.class);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

	private final SolrClient solr;

	private final Catalogue catalogue;

	private final int commitWithinMillis;

	private final int attempts;

	private final Duration backoff;

	private final KeptLanguageCalls keptCalls;

	private volatile boolean lastWriteFailed;

	private final IngestMetrics metrics;

	SolrCatalogueWriter(SolrClient solr, Catalogue catalogue, int commitWithinMillis, int attempts,
			Duration backoff, IngestMetrics metrics, KeptLanguageCalls keptCalls) {
		this.metrics = metrics;
		this.solr = solr;
		this.keptCalls = keptCalls;
		this.catalogue = catalogue;
		this.commitWithinMillis = commitWithinMillis;
		this.attempts = attempts;
		this.backoff = backoff;
	}

	@Override
	public void write(Chunk<? extends IngestItem> chunk) throws InterruptedException {
		List<IngestItem> items = List.copyOf(chunk.getItems());
		if (items.isEmpty()) {
			return;
		}
		addToSolr(items);
		for (IngestItem item : items) {
			catalogue.markIndexed(item.id(), item.profile().language(), item.profile().languages(),
					item.extraction().text(), item.extraction().report());
			keptCalls.keep(item.id(), item.profile().calls());
			metrics.indexed(item.id());
		}
		log.info("ingest: {} documents written to Solr and the catalogue", items.size());
	}

	private void addToSolr(List<IngestItem> items) throws InterruptedException {
		long pause = backoff.toMillis();
		for (int attempt = 1;; attempt++) {
			try {
				if (lastWriteFailed) {
					// a body-less request first: no chunk's body goes out to a Solr that has not answered
					// since the last failure (a body sent to a Solr that is going away can hold a connection
					// until the client's timeout)
					solr.query(new SolrQuery("*:*").setRows(0));
				}
				solr.add(items.stream().map(IngestItem::solrDocument).toList(), commitWithinMillis);
				lastWriteFailed = false;
				return;
			}
			catch (SolrServerException | IOException | SolrException ex) {
				if (ex instanceof SolrException solrException && solrException.code() >= 400
						&& solrException.code() < 500) {
					throw solrException; // the documents are wrong, not Solr: retrying will not help
				}
				lastWriteFailed = true;
				if (attempt >= attempts) {
					throw new SolrUnavailableException("Solr did not take " + items.size() + " documents after "
							+ attempts + " attempts: " + ex.getMessage(), ex);
				}
				log.warn("Solr write failed (attempt {} of {}), retrying in {} ms: {}", attempt, attempts, pause,
						ex.getMessage());
				Thread.sleep(pause);
				pause = Math.min(pause * 2, MAX_BACKOFF.toMillis());
			}
		}
	}
}
