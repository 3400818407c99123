package org.mosty.web.document;

import java.util.List;

import org.apache.solr.common.SolrException;
import org.mosty.indexer.catalogue.LanguageVersions;
import org.mosty.search.SearchService;
import org.mosty.documents.TranslationSuggestions;
import org.mosty.api.IndexUnavailableException;
import org.mosty.web.i18n.UiLanguage;
import org.mosty.web.i18n.VersionLinks;
import org.mosty.citation.Citations;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.EditorialRecords;
import org.mosty.indexer.catalogue.EditorialState;
import org.mosty.interop.Permalinks;
import org.mosty.related.RelatedDocuments;
import org.mosty.search.Facet;
import org.mosty.search.FacetLabels;
import org.mosty.search.SearchResult;
import org.mosty.security.AccessScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What {@code templates/document/page.html} shows of a document: labels in the page's language, related
 * documents, citations and, for editors only, the editorial state, the versions and the
 * extraction facts. Used by the document page and by the editors' actions that show the page
 * again with a problem.
 */
@Component
public class DocumentPageModel {

	private static final Logger log = LoggerFactory.getLogger(DocumentPageModel.class);

	static final int RELATED = 5;

	private final FacetLabels labels;

	private final RelatedDocuments related;

	private final EditorialRecords records;

	private final ExtractionFacts extraction;

	private final Permalinks permalinks;

	private final LanguageVersions languageVersions;

	private final VersionLinks versionLinks;

	private final TranslationSuggestions suggestions;

	/** A suggested language version as the editors' part of the page shows it. */
	public record SuggestedVersion(String id, String title, String titleLanguage, String language, String url,
			String shared) {
	}

	DocumentPageModel(FacetLabels labels, RelatedDocuments related, EditorialRecords records,
			ExtractionFacts extraction, Permalinks permalinks, LanguageVersions languageVersions,
			VersionLinks versionLinks, TranslationSuggestions suggestions) {
		this.suggestions = suggestions;
		this.labels = labels;
		this.related = related;
		this.records = records;
		this.extraction = extraction;
		this.permalinks = permalinks;
		this.languageVersions = languageVersions;
		this.versionLinks = versionLinks;
	}

	/** Fills {@code model} for {@code doc} as {@code scope} may see it, in {@code lang}; the view is {@code document}. */
	public String fill(CatalogueDocument doc, AccessScope scope, String lang, Model model) {
		model.addAttribute("doc", doc);
		model.addAttribute("typeLabel", labels.label(Facet.TYPE, doc.metadata().type(), lang));
		model.addAttribute("topics", doc.metadata()
			.topics()
			.stream()
			.map(topic -> new Labelled(topic, labels.label(Facet.TOPIC, topic, lang)))
			.toList());
		model.addAttribute("detectedLanguages",
				doc.languages().stream().map(code -> new Labelled(code, labels.label(Facet.LANGUAGE, code, lang))).toList());
		model.addAttribute("declaredLanguage", doc.metadata().language() == null ? null
				: new Labelled(doc.metadata().language(), labels.label(Facet.LANGUAGE, doc.metadata().language(), lang)));
		model.addAttribute("regionLabel",
				doc.metadata().region() == null ? null : labels.label(Facet.REGION, doc.metadata().region(), lang));
		model.addAttribute("audience", doc.metadata()
			.audience()
			.stream()
			.map(value -> labels.label(Facet.AUDIENCE, value, lang))
			.toList());
		model.addAttribute("thumbnail", org.mosty.thumbnails.Thumbnails.supports(doc));
		model.addAttribute("related", related(doc, scope));
		// issue 19: "also in", the versions this reader may see
		model.addAttribute("languageVersions",
				versionLinks.of(SearchService.translations(languageVersions.of(doc.id(), scope.levels())), lang));
		String permalink = permalinks.document(doc.id());
		model.addAttribute("bibtex", Citations.bibtex(doc, permalink));
		model.addAttribute("ris", Citations.ris(doc, permalink));
		if (scope.editor()) {
			// the editorial record: never in the model of a reader's page
			EditorialState state = records.state(doc.id()).orElse(null);
			model.addAttribute("state", state);
			model.addAttribute("versions", state == null ? List.of() : records.versions(doc, state.version()));
			model.addAttribute("extraction", extraction.of(doc.extraction(), lang));
			model.addAttribute("htmx", true);
			model.addAttribute("suggestedVersions", suggested(doc, scope, lang));
		}
		return "document/page";
	}

	/**
	 * Related documents, or none when the index cannot say: a document just marked INDEXED may not
	 * be searchable yet (commit interval), and a withdrawn one (editors see it) is not in the index.
	 */
	private List<SearchResult.Hit> related(CatalogueDocument doc, AccessScope scope) {
		try {
			return related.related(doc, RELATED, scope).hits();
		}
		catch (SolrException | IllegalStateException ex) {
			log.debug("No related documents for {}: {}", doc.id(), ex.getMessage());
			return List.of();
		}
	}

	/** A value with its label in the page's language. */
	record Labelled(String value, String label) {
	}

	/** Issue 19: documents that may be this one's language versions (none when Solr does not answer). */
	private List<SuggestedVersion> suggested(CatalogueDocument doc, AccessScope scope, String lang) {
		try {
			return suggestions.of(doc.id(), scope, 3)
				.stream()
				.map(s -> new SuggestedVersion(s.id(), s.title(), s.language(),
						s.language() == null ? "" : UiLanguage.endonym(s.language()),
						UiLanguage.link(s.url(), lang),
						String.join(", ", s.shared().stream().limit(3).map(DocumentPageModel::readable).toList())))
				.toList();
		}
		catch (IndexUnavailableException ex) {
			return List.of();
		}
	}

	/** An anchor without its kind: {@code url:gov.pl/web/ua} → {@code gov.pl/web/ua}. */
	static String readable(String anchor) {
		int colon = anchor.indexOf(':');
		return colon < 0 ? anchor : anchor.substring(colon + 1);
	}
}
