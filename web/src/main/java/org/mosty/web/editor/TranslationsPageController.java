package org.mosty.web.editor;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mosty.api.NotFoundException;
import org.mosty.documents.VisibleDocuments;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.editorial.TranslationLinks;
import org.mosty.security.AccessScope;
import org.mosty.security.CurrentUser;
import org.mosty.web.document.DocumentPageModel;
import org.mosty.web.i18n.UiLanguage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Issue 19: the editor links a document's language version from its page (the other document's id
 * or address), or takes the document out of its group. A bad link shows the page again with the
 * problem; nothing changes.
 */
@Controller
class TranslationsPageController {

	/** A document id (a ULID) in what the editor pasted: the id itself or an address holding it. */
	private static final Pattern ID = Pattern.compile("[0-9A-HJKMNP-TV-Z]{26}");

	private final VisibleDocuments visible;

	private final TranslationLinks links;

	private final DocumentPageModel documentPage;

	private final MessageSource messages;

	TranslationsPageController(VisibleDocuments visible, TranslationLinks links, DocumentPageModel documentPage,
			MessageSource messages) {
		this.visible = visible;
		this.links = links;
		this.documentPage = documentPage;
		this.messages = messages;
	}

	@PostMapping("/editor/documents/{id}/translations")
	String link(@PathVariable String id, @RequestParam(name = "other", required = false) String other,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		AccessScope scope = AccessScope.current();
		CatalogueDocument doc = visible.get(id, scope);
		String lang = UiLanguage.of(request);
		String otherId = idIn(other);
		String problem = null;
		HttpStatus status = HttpStatus.BAD_REQUEST;
		if (otherId == null) {
			problem = message("w.versions.noId", lang);
		}
		else if (otherId.equals(doc.id())) {
			problem = message("w.problem.self", lang);
		}
		else {
			try {
				links.link(doc.id(), visible.get(otherId, scope).id(), CurrentUser.name());
			}
			catch (NotFoundException ex) {
				problem = message("w.versions.unknown", lang, otherId);
				status = HttpStatus.NOT_FOUND;
			}
		}
		if (problem != null) {
			model.addAttribute("problem", problem);
			response.setStatus(status.value());
			return documentPage.fill(doc, scope, lang, model);
		}
		return "redirect:" + UiLanguage.link("/documents/" + doc.id(), lang) + "&saved=1";
	}

	/** Issue 19: the editor says a suggested document is not a language version of this one. */
	@PostMapping("/editor/documents/{id}/translations/dismiss")
	String dismiss(@PathVariable String id, @RequestParam(name = "other", required = false) String other,
			HttpServletRequest request) {
		AccessScope scope = AccessScope.current();
		CatalogueDocument doc = visible.get(id, scope);
		String otherId = idIn(other);
		if (otherId != null && !otherId.equals(doc.id())) {
			links.dismiss(doc.id(), visible.get(otherId, scope).id(), CurrentUser.name());
		}
		return "redirect:" + UiLanguage.link("/documents/" + doc.id(), UiLanguage.of(request)) + "&saved=1";
	}

	@PostMapping("/editor/documents/{id}/translations/leave")
	String leave(@PathVariable String id, HttpServletRequest request) {
		CatalogueDocument doc = visible.get(id, AccessScope.current());
		links.unlink(doc.id(), CurrentUser.name());
		return "redirect:" + UiLanguage.link("/documents/" + doc.id(), UiLanguage.of(request)) + "&saved=1";
	}

	/** The last document id in {@code text}, upper-cased, or {@code null}. */
	static String idIn(String text) {
		if (text == null) {
			return null;
		}
		Matcher found = ID.matcher(text.strip().toUpperCase(Locale.ROOT));
		String last = null;
		while (found.find()) {
			last = found.group();
		}
		return last;
	}

	private String message(String code, String lang, Object... arguments) {
		return messages.getMessage(code, arguments.length == 0 ? null : arguments, Locale.forLanguageTag(lang));
	}
}
