package org.mosty.suggest;

import java.util.List;
import java.util.Set;

import org.mosty.api.BadRequestException;
import org.mosty.security.AccessScope;
import org.mosty.problem.FieldProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/suggest?q=&lang=&size=}: as-you-type suggestions. A blank {@code q} answers an
 * empty list (a search box asks on every key press), not an error.
 */
@RestController
class SuggestController {

	static final int MAX_QUERY_LENGTH = 100;

	static final int MAX_SIZE = 20;

	static final int DEFAULT_SIZE = 10;

	private static final Set<String> LANGUAGES = Set.of("pl", "uk", "en");

	private final SuggestService suggestions;

	public SuggestController(SuggestService suggestions) {
		this.suggestions = suggestions;
	}

	@GetMapping("/api/suggest")
	public SuggestResult suggest(@RequestParam(required = false) String q,
			@RequestParam(required = false) String lang, @RequestParam(required = false) String size) {
		if (q != null && q.length() > MAX_QUERY_LENGTH) {
			throw new BadRequestException(FieldProblem.maxChars("q", MAX_QUERY_LENGTH));
		}
		String language = lang == null || lang.isBlank() ? "pl" : lang.strip();
		if (!LANGUAGES.contains(language)) {
			throw new BadRequestException(FieldProblem.lang("lang"));
		}
		int count = DEFAULT_SIZE;
		if (size != null && !size.isBlank()) {
			try {
				count = Integer.parseInt(size.strip());
			}
			catch (NumberFormatException ex) {
				throw new BadRequestException(FieldProblem.number("size"));
			}
			if (count < 1 || count > MAX_SIZE) {
				throw new BadRequestException(FieldProblem.between("size", 1, MAX_SIZE));
			}
		}
		if (q == null || q.isBlank()) {
			return new SuggestResult(List.of());
		}
		return suggestions.suggest(q, language, count, AccessScope.current());
	}
}
