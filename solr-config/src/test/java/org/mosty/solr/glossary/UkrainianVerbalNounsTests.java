package org.mosty.solr.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mosty.solr.analysis.MostySchema;

/** A Ukrainian verbal noun meets its verb's entry, as a Polish gerund does through Morfologik (issue 17). */
class UkrainianVerbalNounsTests {

	private final UkrainianVerbalNouns nouns = new UkrainianVerbalNouns();

	@ParameterizedTest
	@CsvSource({ "фінансувати, фінансування", "зменшити, зменшення", "оформити, оформлення", "реєструватися, реєстрування",
			"скасувати, скасування" })
	void aVerbGivesTheNounsTheDictionaryKnows(String verb, String noun) {
		assertThat(nouns.of(verb)).contains(noun);
	}

	@Test
	void aWordThatIsNotAVerbGivesNone() {
		assertThat(nouns.of("фонд")).isEmpty();
		assertThat(nouns.of("діти")).isEmpty(); // ends in -ти, but a noun: no "діння" in the dictionary
	}

	/** Through the real schema: the Ukrainian noun, the Polish gerund and the English -ing form share an entry. */
	@Test
	void theVerbalNounsOfThreeLanguagesMeet() {
		Analyzer lexicon = MostySchema.queryAnalyzer("lexicon");
		assertThat(MostySchema.terms(lexicon, "фінансування")).contains("x-finance");
		assertThat(MostySchema.terms(lexicon, "finansowania")).contains("x-finance");
		assertThat(MostySchema.terms(lexicon, "funding")).contains("x-finance");
		assertThat(MostySchema.terms(lexicon, "зменшення")).containsAnyElementsOf(MostySchema.terms(lexicon, "spadek"));
	}
}
