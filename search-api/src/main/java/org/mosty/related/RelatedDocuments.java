package org.mosty.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import org.mosty.api.IndexUnavailableException;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.search.Hits;
import org.mosty.search.SearchResult;
import org.mosty.security.AccessScope;
import org.mosty.solr.SolrFields;
import org.springframework.stereotype.Service;

/**
 * MoreLikeThis over the documents a user may see, as two MoreLikeThis queries in one: the
 * interesting words of the source document's body text in each language field (same-language
 * neighbours, and documents sharing names and acronyms), or its topics, which are
 * language-neutral concept ids, so a Polish guide also finds the Ukrainian and English documents
 * on the same subject. Words that occur in more than a quarter of the library never count.
 */
@Service
public class RelatedDocuments {

	/** Body text fields MoreLikeThis reads the source document's words from (stored fields). */
	static final String TEXT_FIELDS = String.join(",", SolrFields.textFields());

	/**
	 * Weight of the shared-topics query against the shared-words query: with it, a document in
	 * another language with the same two topics ranks with the closest same-language documents.
	 */
	static final int TOPIC_WEIGHT = 6;

	private static final String QUERY = "_query_:\"{!mlt qf=$related.text maxdf=$related.maxdf mintf=1 mindf=1"
			+ " minwl=3 maxqt=25 boost=true v=$related.id}\""
			+ " _query_:\"{!mlt qf=" + SolrFields.TOPICS + " mintf=1 mindf=1 boost=true v=$related.id}\"^"
			+ TOPIC_WEIGHT;

	private final SolrClient solr;

	public RelatedDocuments(SolrClient solr) {
		this.solr = solr;
	}

	/** Documents like {@code source}, which the caller has checked the user may see. */
	public RelatedResult related(CatalogueDocument source, int size, AccessScope scope) {
		if (source.status() != DocumentStatus.INDEXED) {
			return new RelatedResult(source.id(), List.of());
		}
		try {
			// MoreLikeThis fails with "Could not fetch document" when the source is in the catalogue
			// but not (or not yet) in the searcher: withdrawn, or indexed a moment ago
			// one request: the library's size (for maxdf) and whether the source is in it
			String sourceQuery = SolrFields.ID + ":" + ClientUtils.escapeQueryChars(source.id());
			SolrQuery counts = new SolrQuery("*:*").setRows(0).setFacet(true).addFacetQuery(sourceQuery);
			QueryResponse library = solr.query(counts);
			if (library.getFacetQuery().getOrDefault(sourceQuery, 0) == 0) {
				return new RelatedResult(source.id(), List.of());
			}
			long documents = library.getResults().getNumFound();
			// built from constants; the checked id travels as a parameter, never as query syntax.
			// /select is the handler for the application's own queries.
			SolrQuery query = new SolrQuery(QUERY);
			query.set("related.text", TEXT_FIELDS);
			query.set("related.maxdf", (int) Math.max(5, documents / 4));
			query.set("related.id", source.id());
			query.addFilterQuery(scope.filterQuery());
			query.setFields(Hits.FIELDS);
			query.setRows(size);
			List<SearchResult.Hit> hits = new ArrayList<>();
			for (SolrDocument doc : solr.query(query).getResults()) {
				if (!source.id().equals(doc.getFirstValue(SolrFields.ID))) {
					hits.add(Hits.of(doc, List.of()));
				}
			}
			return new RelatedResult(source.id(), hits);
		}
		catch (SolrServerException | IOException ex) {
			throw new IndexUnavailableException("Solr did not answer the related documents request", ex);
		}
	}
}
