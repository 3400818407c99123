package org.mosty.web.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mosty.api.BadRequestException;
import org.mosty.documents.DocumentPages;
import org.mosty.documents.VisibleDocuments;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.problem.FieldProblem;
import org.mosty.search.SearchRequest;
import org.mosty.search.SearchRequestParser;
import org.mosty.search.SearchService;
import org.mosty.security.AccessScope;
import org.mosty.web.i18n.Plurals;
import org.mosty.web.i18n.ProblemMessages;
import org.mosty.web.i18n.UiLanguage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /documents/{id}/read?q=…&page=N}: a page of a document with the words the search matched
 * marked. The words come from Solr's highlighting of that document for {@code q} with the reader's
 * access filter, so inflected forms and other languages' words that matched are marked too. The
 * text view is the page itself without JavaScript; for a PDF the page is also drawn by PDF.js,
 * which reads only the parts of the file it needs (range requests).
 */
@Controller
class ReaderController {

	private final VisibleDocuments documents;

	private final Catalogue catalogue;

	private final SearchRequestParser parser;

	private final SearchService search;

	private final ProblemMessages problems;

	private final MessageSource messages;

	private final Plurals plurals;

	private final JsonMapper json;

	ReaderController(VisibleDocuments documents, Catalogue catalogue, SearchRequestParser parser, SearchService search,
			ProblemMessages problems, MessageSource messages, Plurals plurals, JsonMapper json) {
		this.documents = documents;
		this.catalogue = catalogue;
		this.parser = parser;
		this.search = search;
		this.problems = problems;
		this.messages = messages;
		this.plurals = plurals;
		this.json = json;
	}

	@GetMapping("/documents/{id}/read")
	String read(@PathVariable String id, @RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "page", required = false) String page, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		AccessScope scope = AccessScope.current();
		CatalogueDocument doc = documents.get(id, scope);
		String lang = UiLanguage.of(request);
		List<String> pages = DocumentPages.pages(catalogue.text(doc.id()).orElse(""));
		SearchRequest words;
		int number;
		try {
			words = parser.parse(q == null ? Map.of("lang", new String[] { lang })
					: Map.of("q", new String[] { q }, "lang", new String[] { lang }));
			number = page(page, pages.size());
		}
		catch (BadRequestException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", problems.localize(ex.problems(), lang));
			model.addAttribute("documentUrl", UiLanguage.link("/documents/" + doc.id(), lang));
			return "reader/read";
		}
		List<String> terms = search.matchedTerms(words, scope, doc.id());
		model.addAttribute("view", view(doc, words, terms, pages, number, lang));
		return "reader/read";
	}

	private static int page(String page, int pages) {
		if (page == null || page.isBlank()) {
			return 1;
		}
		int number;
		try {
			number = Integer.parseInt(page.strip());
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException(FieldProblem.number("page"));
		}
		if (number < 1 || number > pages) {
			throw new BadRequestException(FieldProblem.between("page", 1, pages));
		}
		return number;
	}

	private ReadingView view(CatalogueDocument doc, SearchRequest words, List<String> terms, List<String> pages,
			int number, String lang) {
		Locale locale = Locale.forLanguageTag(lang);
		String query = words.hasQuery() ? words.query() : null;
		List<ReadingView.PageLink> matchPages = new ArrayList<>();
		int total = 0;
		for (DocumentPages.PageMatches found : DocumentPages.matchesByPage(pages, terms)) {
			total += found.matches();
			matchPages.add(new ReadingView.PageLink(found.page(), url(doc.id(), query, found.page(), lang), found.matches(),
					found.page() == number, messages.getMessage("w.read.pageWith",
							new Object[] { found.page(), found.matches() }, locale)));
		}
		boolean pdf = "application/pdf".equals(doc.contentType());
		String language = doc.language() != null ? doc.language() : doc.metadata().language();
		return new ReadingView(doc.id(), doc.metadata().title(), doc.metadata().language(), language, query, number,
				pages.size(), messages.getMessage("w.read.pageOf", new Object[] { number, pages.size() }, locale),
				pdf ? "/documents/" + doc.id() + "/file" : null, doc.size(), json.writeValueAsString(terms),
				DocumentPages.paragraphs(pages.get(number - 1), terms),
				number > 1 ? url(doc.id(), query, number - 1, lang) : null,
				number < pages.size() ? url(doc.id(), query, number + 1, lang) : null,
				UiLanguage.link("/documents/" + doc.id(), lang), matchPages,
				query == null ? null : plurals.text("w.read.matches", lang, total, matchPages.size()),
				"/documents/" + doc.id() + "/read");
	}

	private static String url(String id, String query, int page, String lang) {
		return ReadLinks.of(id, query, page, lang);
	}
}
