package org.mosty.indexer.index;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrInputDocument;
import org.mosty.solr.SolrProperties;
import org.springframework.stereotype.Component;

/**
 * The one writer of the search index (issue 20). Ingest ({@code SolrCatalogueWriter}), edits and
 * reindex ({@code StoredTextIndexer}, {@code ReindexJobConfiguration}, {@code CloudReindexSteps}) and
 * the bulk import command write Solr through it and nothing else does ({@code ArchitectureTests});
 * reads (search, suggestions, health) use the {@link SolrClient} directly. Every add and delete
 * carries the configured {@code commitWithin}, so a change is visible within that time whoever made
 * it. Solr's own errors pass through unchanged: ingest retries on them, edits report them.
 */
@Component
public class SolrIndex {

	private final SolrClient solr;

	private final int commitWithinMillis;

	public SolrIndex(SolrClient solr, SolrProperties properties) {
		this.solr = solr;
		this.commitWithinMillis = properties.commitWithinMillis();
	}

	/**
	 * A body-less request that tells whether Solr answers, before a writer that saw Solr fail sends
	 * a body again (a body sent to a Solr that is going away can hold a connection until the
	 * client's timeout).
	 */
	public void probe() throws SolrServerException, IOException {
		solr.query(new SolrQuery("*:*").setRows(0));
	}

	/** Adds or replaces one document. */
	public void add(SolrInputDocument document) throws SolrServerException, IOException {
		solr.add(document, commitWithinMillis);
	}

	/** Adds or replaces documents in one request. */
	public void add(Collection<SolrInputDocument> documents) throws SolrServerException, IOException {
		solr.add(documents, commitWithinMillis);
	}

	/**
	 * Adds documents to a named collection (a SolrCloud reindex builds a new one), or to the default
	 * one when {@code collection} is null.
	 */
	public void add(String collection, Collection<SolrInputDocument> documents) throws SolrServerException, IOException {
		solr.add(collection, documents, commitWithinMillis);
	}

	/** Removes one document. */
	public void delete(String id) throws SolrServerException, IOException {
		solr.deleteById(List.of(id), commitWithinMillis);
	}

	/** Makes every write so far visible now (before a query that must see them, or at the end of a run). */
	public void commit() throws SolrServerException, IOException {
		solr.commit();
	}

	/** The same in another collection. */
	public void commit(String collection) throws SolrServerException, IOException {
		solr.commit(collection);
	}
}
