package org.mosty.documents;

import java.util.List;

import org.mosty.api.BadRequestException;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.LanguageVersions;
import org.mosty.indexer.editorial.TranslationLinks;
import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;
import org.mosty.search.SearchResult;
import org.mosty.search.SearchService;
import org.mosty.security.AccessScope;
import org.mosty.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A document's language versions (issue 19): everyone reads those they may see; editors link a
 * translation (its group and the document's become one) and take a document out of its group.
 */
@RestController
class TranslationsController {

	private final VisibleDocuments visible;

	private final LanguageVersions versions;

	private final TranslationLinks links;

	private final TranslationSuggestions suggestions;

	/** Suggestions the API lists. */
	static final int SUGGESTIONS = 5;

	TranslationsController(VisibleDocuments visible, LanguageVersions versions, TranslationLinks links,
			TranslationSuggestions suggestions) {
		this.suggestions = suggestions;
		this.visible = visible;
		this.versions = versions;
		this.links = links;
	}

	/** The document's other language versions the caller may see, by language. */
	@GetMapping("/api/documents/{id}/translations")
	public List<SearchResult.Translation> translations(@PathVariable String id) {
		AccessScope scope = AccessScope.current();
		CatalogueDocument doc = visible.get(id, scope);
		return SearchService.translations(versions.of(doc.id(), scope.levels()));
	}

	/** Links {@code other} as a language version of the document; answers 204. */
	@PutMapping("/api/documents/{id}/translations/{other}")
	public ResponseEntity<Void> link(@PathVariable String id, @PathVariable String other) {
		List<String> pair = pair(id, other);
		links.link(pair.get(0), pair.get(1), CurrentUser.name());
		return ResponseEntity.noContent().build();
	}

	/**
	 * Editors: documents in other languages that may be versions of this one (they share web
	 * addresses, long numbers, dates or legal references), best first, with what they share.
	 */
	@GetMapping("/api/documents/{id}/translations/suggestions")
	public List<TranslationSuggestions.Suggestion> suggestions(@PathVariable String id) {
		return suggestions.of(id, AccessScope.current(), SUGGESTIONS);
	}

	/** Editors: {@code other} is not a version of the document; it is not suggested for it again. Answers 204. */
	@PostMapping("/api/documents/{id}/translations/suggestions/{other}/dismiss")
	public ResponseEntity<Void> dismiss(@PathVariable String id, @PathVariable String other) {
		List<String> pair = pair(id, other);
		links.dismiss(pair.get(0), pair.get(1), CurrentUser.name());
		return ResponseEntity.noContent().build();
	}

	/** Takes the document out of its group of language versions; answers 204 (also when it had none). */
	@DeleteMapping("/api/documents/{id}/translations")
	public ResponseEntity<Void> unlink(@PathVariable String id) {
		links.unlink(visible.get(id, AccessScope.current()).id(), CurrentUser.name());
		return ResponseEntity.noContent().build();
	}

	/** The ids of two documents the caller may see (404 otherwise); 400 when they are one document. */
	private List<String> pair(String id, String other) {
		AccessScope scope = AccessScope.current();
		CatalogueDocument doc = visible.get(id, scope);
		CatalogueDocument second = visible.get(other, scope);
		if (doc.id().equals(second.id())) {
			throw new BadRequestException(FieldProblem.of("other", ProblemCode.SELF,
					"A document is not a language version of itself"));
		}
		return List.of(doc.id(), second.id());
	}
}
