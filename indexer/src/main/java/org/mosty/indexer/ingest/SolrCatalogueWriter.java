package org.mosty.indexer.ingest;

import java.io.IOException;
import java.util.List;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.mosty.indexer.catalogue.Catalogue;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Upserts a chunk into Solr by id (so a chunk written twice after a crash changes nothing), then
 * marks the documents INDEXED in the catalogue, in the chunk's transaction.
 */
class SolrCatalogueWriter implements ItemWriter<IngestItem> {

	private final SolrClient solr;

	private final Catalogue catalogue;

	private final int commitWithinMillis;

	SolrCatalogueWriter(SolrClient solr, Catalogue catalogue, int commitWithinMillis) {
		this.solr = solr;
		this.catalogue = catalogue;
		this.commitWithinMillis = commitWithinMillis;
	}

	@Override
	public void write(Chunk<? extends IngestItem> chunk) throws SolrServerException, IOException {
		List<IngestItem> items = List.copyOf(chunk.getItems());
		if (items.isEmpty()) {
			return;
		}
		solr.add(items.stream().map(IngestItem::solrDocument).toList(), commitWithinMillis);
		for (IngestItem item : items) {
			catalogue.markIndexed(item.id(), item.profile().language(), item.profile().languages(),
					item.extraction().pages(), item.extraction().text());
		}
	}
}
