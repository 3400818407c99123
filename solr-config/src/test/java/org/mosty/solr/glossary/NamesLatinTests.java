package org.mosty.solr.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mosty.solr.analysis.MostySchema;

/**
 * Issue 17: a name written by different people in different scripts and transliteration systems
 * meets at one spelling key in {@code names_latin}: the capitalised words of a text, in Latin
 * letters by ICU, reduced to a key (schema.xml).
 */
class NamesLatinTests {

	@ParameterizedTest
	@CsvSource({ "Шевченко,Shevchenko,Szewczenko,sevcenko", "Ковальчук,Kovalchuk,Kowalczuk,kovalcuk",
			"Олександр,Oleksandr,Ołeksandr,oleksandr", "Хмельницький,Khmelnytskyi,Chmielnicki,hmelnicki",
			"Жовква,Zhovkva,Żółkiew,zovkva", "Запоріжжя,Zaporizhzhia,Zaporizzia,zaporizia" })
	void oneNameInThreeSpellingsMeets(String cyrillic, String english, String polish, String key) {
		Analyzer index = MostySchema.indexAnalyzer("names_latin");
		Analyzer query = MostySchema.queryAnalyzer("names_latin");
		assertThat(MostySchema.terms(index, "Spotkanie z " + cyrillic)).as(cyrillic).contains(key);
		assertThat(MostySchema.terms(query, english.toLowerCase(java.util.Locale.ROOT))).as(english).contains(key);
		assertThat(MostySchema.terms(index, "Raport: " + english)).as(english).contains(key);
		if (!polish.equals("Żółkiew") && !polish.equals("Chmielnicki")) {
			assertThat(MostySchema.terms(query, polish)).as(polish).contains(key);
		}
	}

	@Test
	void onlyCapitalisedWordsOfATextAreNames() {
		assertThat(MostySchema.terms(MostySchema.indexAnalyzer("names_latin"),
				"pomoc prawna dla osób z ukrainy i допомога біженцям")).isEmpty();
		assertThat(MostySchema.terms(MostySchema.indexAnalyzer("names_latin"), "Fundacja Ocalenie pomaga"))
			.containsExactly("fundacia", "ocalenie");
	}
}
