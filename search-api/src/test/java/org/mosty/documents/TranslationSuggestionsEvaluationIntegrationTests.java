package org.mosty.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.testing.IndexedLibrary;
import org.mosty.security.AccessScope;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19: how well the suggested language versions find the real ones. The corpus's parallel
 * pages ({@code library/parallel-en-uk-ru/aidmap}: three countries, each in English, Ukrainian and
 * Russian) are indexed with the whole corpus library and the sample library around them (about 100
 * documents in all); for each of the nine pages, is the top suggestion another language version of
 * the same country? Precision at 1 counts the pages that got a suggestion, recall at 1 all nine.
 */
class TranslationSuggestionsEvaluationIntegrationTests extends IndexedLibrary {

	static final String DIR = "library/parallel-en-uk-ru/aidmap/";

	static final List<String> COUNTRIES = List.of("Czechia", "Poland", "Slovakia");

	static final List<String> LANGUAGES = List.of("en", "uk", "ru");

	@Autowired
	TranslationSuggestions suggestions;

	@Test
	void theTopSuggestionIsAVersionOfTheSamePage() {
		Map<String, String> ids = library();
		AccessScope editor = new AccessScope(EnumSet.allOf(AccessLevel.class));
		int pages = 0;
		int suggested = 0;
		int right = 0;
		int rightInFive = 0;
		List<String> report = new ArrayList<>();
		for (String country : COUNTRIES) {
			for (String language : LANGUAGES) {
				String id = ids.get(DIR + country + "-" + language + ".md");
				assertThat(id).as(country + "-" + language).isNotNull();
				List<String> versions = LANGUAGES.stream()
					.filter(other -> !other.equals(language))
					.map(other -> ids.get(DIR + country + "-" + other + ".md"))
					.toList();
				List<TranslationSuggestions.Suggestion> found = suggestions.of(id, editor, 5);
				pages++;
				if (!found.isEmpty()) {
					suggested++;
					if (versions.contains(found.get(0).id())) {
						right++;
					}
				}
				if (found.stream().anyMatch(suggestion -> versions.contains(suggestion.id()))) {
					rightInFive++;
				}
				report.add(String.format(Locale.ROOT, "%s-%s: top %s (%.2f, %d shared) %s", country, language,
						found.isEmpty() ? "-" : found.get(0).title(), found.isEmpty() ? 0.0 : found.get(0).score(),
						found.isEmpty() ? 0 : found.get(0).shared().size(),
						found.isEmpty() ? "none" : versions.contains(found.get(0).id()) ? "right" : "WRONG"));
			}
		}
		double precision = suggested == 0 ? 0 : (double) right / suggested;
		double recall = (double) right / pages;
		String result = String.format(Locale.ROOT,
				"RESULT translation-suggestions pages=%d suggested=%d p_at_1=%.2f r_at_1=%.2f r_at_5=%.2f", pages,
				suggested, precision, recall, (double) rightInFive / pages);
		report.forEach(System.out::println);
		System.out.println(result);
		assertThat(recall).as(String.join("\n", report) + "\n" + result).isGreaterThanOrEqualTo(0.8);
		assertThat(precision).as(result).isGreaterThanOrEqualTo(0.8);
	}
}
