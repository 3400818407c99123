package org.mosty.indexer.editorial;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrInputDocument;
import org.mosty.indexer.index.SolrIndex;
import org.mosty.indexer.catalogue.EditorialRecords;
import org.mosty.indexer.catalogue.EditorialState;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.ingest.SolrDocumentFactory;
import org.mosty.indexer.catalogue.KeptLanguageCalls;
import org.mosty.indexer.language.LanguageDetection;
import org.mosty.indexer.language.LanguageProfile;
import org.mosty.indexer.language.SegmentLanguages;
import org.springframework.stereotype.Component;

/**
 * Builds a document's Solr form from the catalogue and the text kept at ingest, without
 * extracting the file again: used by metadata edits, restores and {@code reindexJob}. The Solr
 * document itself comes from the one {@link SolrDocumentFactory} the ingest job uses too; the
 * languages come from the detections kept at ingest ({@link KeptLanguageCalls}), so Lingua only
 * runs for text it has not seen.
 */
@Component
public class StoredTextIndexer {

	private final Catalogue catalogue;

	private final EditorialRecords records;

	private final SegmentLanguages languages;

	private final SolrDocumentFactory factory;

	private final SolrIndex index;

	private final KeptLanguageCalls keptCalls;

	public StoredTextIndexer(Catalogue catalogue, EditorialRecords records, SegmentLanguages languages,
			SolrDocumentFactory factory, SolrIndex index, KeptLanguageCalls keptCalls) {
		this.catalogue = catalogue;
		this.records = records;
		this.languages = languages;
		this.factory = factory;
		this.index = index;
		this.keptCalls = keptCalls;
	}

	/**
	 * The Solr document of a not withdrawn document with kept text, with its current metadata;
	 * empty otherwise (such a document does not belong in the index). A document whose new file
	 * version is PENDING (or FAILED) keeps the text of its previous version until ingest replaces
	 * it, so a metadata change (an access level above all) applies to it at once. Locks the
	 * document's row until the caller's transaction ends ({@link Catalogue#lockCurrent}).
	 */
	public Optional<SolrInputDocument> solrDocument(String id) {
		// in the caller's transaction (an edit, a reindex chunk) the row stays locked until Solr has the
		// document: an ingest result for the same document waits, then finds out what changed
		catalogue.lock(id);
		Optional<CatalogueDocument> found = catalogue.findById(id);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		if (records.state(id).map(EditorialState::withdrawn).orElse(true)) {
			return Optional.empty();
		}
		CatalogueDocument document = found.get();
		return catalogue.text(id).map(text -> {
			Map<String, LanguageDetection.Detection> kept = keptCalls.find(id);
			LanguageProfile profile = languages.profile(text, document.metadata().language(), kept);
			if (!kept.keySet().equals(profile.calls().keySet())) {
				keptCalls.keep(id, profile.calls()); // kept before this was kept, or the rules changed
			}
			return factory.build(document, document.contentType(), document.pages(), text, profile);
		});
	}

	/** Writes the document to the index again, or removes it when it does not belong there. */
	public void reindex(String id) {
		Optional<SolrInputDocument> doc = solrDocument(id);
		try {
			if (doc.isPresent()) {
				index.add(doc.get());
			}
			else {
				index.delete(id);
			}
		}
		catch (SolrServerException | IOException ex) {
			throw new IllegalStateException("Could not update the index for " + id, ex);
		}
	}

	/** Removes the document from the index. */
	public void remove(String id) {
		try {
			index.delete(id);
		}
		catch (SolrServerException | IOException ex) {
			throw new IllegalStateException("Could not remove " + id + " from the index", ex);
		}
	}
}
