package org.mosty.web;

import java.util.Locale;

import org.mosty.api.NotFoundException;
import org.mosty.documents.VisibleDocuments;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.search.Facet;
import org.mosty.search.FacetLabels;
import org.mosty.security.AccessScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A document's page: metadata, languages, status and the download link. */
@Controller
class DocumentPageController {

	private final VisibleDocuments documents;

	private final FacetLabels labels;

	DocumentPageController(VisibleDocuments documents, FacetLabels labels) {
		this.documents = documents;
		this.labels = labels;
	}

	@GetMapping("/documents/{id}")
	String document(@PathVariable String id, Locale locale, Model model) {
		CatalogueDocument doc = documents.get(id, AccessScope.current());
		String language = locale.getLanguage(); // pl, uk or en, chosen by the LocaleResolver from ?lang=
		model.addAttribute("doc", doc);
		model.addAttribute("lang", language);
		model.addAttribute("typeLabel", labels.label(Facet.TYPE, doc.metadata().type(), language));
		model.addAttribute("topicLabels",
				doc.metadata().topics().stream().map(topic -> labels.label(Facet.TOPIC, topic, language)).toList());
		model.addAttribute("languageLabels",
				doc.languages().stream().map(code -> labels.label(Facet.LANGUAGE, code, language)).toList());
		model.addAttribute("sizeLabel", readableSize(doc.size()));
		return "document";
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("lang", "pl");
		return "not-found";
	}

	private static String readableSize(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}
}
