package org.mosty.indexer.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.mosty.indexer.index.SolrIndex;
import org.mosty.indexer.catalogue.DocumentClaims;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.language.LanguageProfile;
import org.mosty.indexer.language.SegmentLanguages;
import org.mosty.indexer.catalogue.KeptLanguageCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Upserts a chunk into Solr by id (so a chunk written twice after a crash changes nothing), then
 * marks the documents INDEXED in the catalogue, in the chunk's transaction. Before anything is
 * written, the chunk's catalogue rows are locked and each claim checked again
 * ({@link Catalogue#lockCurrent}): the result of a file replaced, withdrawn or claimed by another
 * worker meanwhile is discarded and the document given back to be taken again, and a metadata edit
 * made during extraction is applied to the document written. Editors' changes write Solr under
 * the same row lock, so an older result never overtakes a newer change in Solr. When Solr does not
 * answer, the chunk is offered again with a growing pause; after the last attempt the run fails
 * and its documents stay PENDING for the restart.
 */
class SolrCatalogueWriter implements ItemWriter<IngestItem> {

	private static final Logger log = LoggerFactory.getLogger(SolrCatalogueWriter.class);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

	private final SolrIndex index;

	private final Catalogue catalogue;

	private final int attempts;

	private final Duration backoff;

	private final KeptLanguageCalls keptCalls;

	private volatile boolean lastWriteFailed;

	private final IngestMetrics metrics;

	private final DocumentClaims claims;

	private final SolrDocumentFactory factory;

	private final SegmentLanguages languages;

	SolrCatalogueWriter(SolrIndex index, Catalogue catalogue, int attempts,
			Duration backoff, IngestMetrics metrics, KeptLanguageCalls keptCalls, DocumentClaims claims,
			SolrDocumentFactory factory, SegmentLanguages languages) {
		this.metrics = metrics;
		this.claims = claims;
		this.factory = factory;
		this.languages = languages;
		this.index = index;
		this.keptCalls = keptCalls;
		this.catalogue = catalogue;
		this.attempts = attempts;
		this.backoff = backoff;
	}

	@Override
	public void write(Chunk<? extends IngestItem> chunk) throws InterruptedException {
		if (chunk.getItems().isEmpty()) {
			return;
		}
		Set<String> current = catalogue.lockCurrent(chunk.getItems().stream().map(IngestItem::claim).toList());
		List<IngestItem> items = new ArrayList<>();
		for (IngestItem item : chunk.getItems()) {
			if (current.contains(item.id())) {
				items.add(withCurrentMetadata(item));
			}
			else {
				log.info("ingest: document {} changed during extraction (a new file, withdrawn or claimed by "
						+ "another worker): this result is discarded and the document taken again", item.id());
				claims.giveBack(item.id());
			}
		}
		if (items.isEmpty()) {
			return;
		}
		addToSolr(items);
		for (IngestItem item : items) {
			if (!catalogue.markIndexed(item.claim(), item.profile().language(), item.profile().languages(),
					item.extraction().text(), item.extraction().report())) {
				// cannot happen while the row lock is held; rolls the chunk back rather than leave Solr ahead
				throw new IllegalStateException("The claim on " + item.id() + " was lost under its row lock");
			}
			keptCalls.keep(item.id(), item.profile().calls());
			metrics.indexed(item.id());
		}
		log.info("ingest: {} documents written to Solr and the catalogue", items.size());
	}

	/**
	 * The item with the metadata the catalogue holds now (read under the row lock): an editor may
	 * have changed them, the access level above all, while the file was being extracted.
	 */
	private IngestItem withCurrentMetadata(IngestItem item) {
		CatalogueDocument now = catalogue.findById(item.id()).orElseThrow();
		if (now.metadata().equals(item.document().metadata())) {
			return item;
		}
		LanguageProfile profile = Objects.equals(now.metadata().language(), item.document().metadata().language())
				? item.profile() : languages.profile(item.extraction().text(), now.metadata().language());
		return new IngestItem(now, factory.build(now, item.extraction(), profile), item.extraction(), profile,
				item.claim());
	}

	private void addToSolr(List<IngestItem> items) throws InterruptedException {
		long pause = backoff.toMillis();
		for (int attempt = 1;; attempt++) {
			try {
				if (lastWriteFailed) {
					// a body-less request first: no chunk's body goes out to a Solr that has not answered
					// since the last failure
					index.probe();
				}
				index.add(items.stream().map(IngestItem::solrDocument).toList());
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
