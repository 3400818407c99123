package org.mosty.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.solr.common.SolrException;
import org.mosty.documents.DocumentsController;
import org.mosty.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mosty.documents.EditorialController;
import org.mosty.documents.VisibleDocuments;
import org.mosty.thumbnails.ThumbnailController;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.editorial.EditorialRecords;
import org.mosty.indexer.editorial.EditorialState;
import org.mosty.related.RelatedDocuments;
import org.mosty.search.Facet;
import org.mosty.search.FacetLabels;
import org.mosty.security.AccessScope;
import org.mosty.thumbnails.Thumbnails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A document's page: thumbnail, metadata, download, related documents, citation, languages
 * (declared and detected) and, for editors, versions, extraction facts and the editorial actions.
 */
@Controller
class DocumentPageController {

	private static final Logger log = LoggerFactory.getLogger(DocumentPageController.class);

	static final int RELATED = 5;

	private final VisibleDocuments documents;

	private final FacetLabels labels;

	private final RelatedDocuments related;

	private final EditorialRecords records;

	private final DocumentsController files;

	private final ThumbnailController thumbnails;

	private final EditorialController editorial;

	DocumentPageController(VisibleDocuments documents, FacetLabels labels, RelatedDocuments related,
			EditorialRecords records, DocumentsController files, ThumbnailController thumbnails,
			EditorialController editorial) {
		this.documents = documents;
		this.labels = labels;
		this.related = related;
		this.records = records;
		this.files = files;
		this.thumbnails = thumbnails;
		this.editorial = editorial;
	}

	@GetMapping("/documents/{id}")
	String document(@PathVariable String id, HttpServletRequest request, Model model) {
		AccessScope scope = AccessScope.current();
		CatalogueDocument doc = documents.get(id, scope);
		String lang = UiLanguage.of(request);
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
		model.addAttribute("thumbnail", Thumbnails.supports(doc));
		model.addAttribute("related", related(doc, scope));
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/documents/{id}").build(doc.id()).toString();
		model.addAttribute("bibtex", Citations.bibtex(doc, url));
		model.addAttribute("ris", Citations.ris(doc, url));
		if (scope.editor()) {
			EditorialState state = records.state(doc.id()).orElse(null);
			model.addAttribute("state", state);
			model.addAttribute("versions", state == null ? List.of() : records.versions(doc, state.version()));
			model.addAttribute("htmx", true);
		}
		return "document";
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

	/**
	 * The file through the UI's session: the API under {@code /api/**} only knows HTTP Basic, so a
	 * member signed in with the form downloads a MEMBERS document here (same access check).
	 */
	@GetMapping("/documents/{id}/file")
	ResponseEntity<InputStreamResource> file(@PathVariable String id) {
		return files.file(id);
	}

	@GetMapping("/documents/{id}/thumbnail")
	ResponseEntity<Resource> thumbnail(@PathVariable String id) {
		return thumbnails.thumbnail(id);
	}

	/** An earlier file version, for editors signed in with the form ({@code /editor/**}). */
	@GetMapping("/editor/documents/{id}/versions/{version}")
	ResponseEntity<InputStreamResource> version(@PathVariable String id, @PathVariable int version) {
		return editorial.versionFile(id, version);
	}

	/** A value with its label in the page's language. */
	record Labelled(String value, String label) {
	}

}
