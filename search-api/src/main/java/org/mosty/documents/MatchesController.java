package org.mosty.documents;

import java.util.List;
import java.util.Map;

import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.search.SearchRequest;
import org.mosty.search.SearchRequestParser;
import org.mosty.search.SearchService;
import org.mosty.security.AccessScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/documents/{id}/matches?q=&lang=} (issue 19): what a viewer needs to show a
 * document with a search's words marked: the words as the document writes them (from Solr's
 * highlighting of that document, so inflected forms and other languages' words that matched), and
 * the pages where they stand, with how many times.
 */
@RestController
class MatchesController {

	private final VisibleDocuments visible;

	private final Catalogue catalogue;

	private final SearchRequestParser parser;

	private final SearchService search;

	MatchesController(VisibleDocuments visible, Catalogue catalogue, SearchRequestParser parser, SearchService search) {
		this.visible = visible;
		this.catalogue = catalogue;
		this.parser = parser;
		this.search = search;
	}

	/** The words to mark and where they are; {@code pageCount} as the reading view pages the text. */
	record Matches(String id, String query, List<String> terms, int pageCount, List<DocumentPages.PageMatches> pages) {
	}

	@GetMapping("/api/documents/{id}/matches")
	public Matches matches(@PathVariable String id, @RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "lang", required = false) String lang) {
		AccessScope scope = AccessScope.current();
		CatalogueDocument doc = visible.get(id, scope);
		SearchRequest words = parser.parse(Map.of("q", q == null ? new String[0] : new String[] { q }, "lang",
				lang == null ? new String[0] : new String[] { lang }));
		List<String> terms = search.matchedTerms(words, scope, doc.id());
		List<String> pages = DocumentPages.pages(catalogue.text(doc.id()).orElse(""));
		return new Matches(doc.id(), words.query(), terms, pages.size(), DocumentPages.matchesByPage(pages, terms));
	}
}
