package org.mosty.solr.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mosty.solr.analysis.MostySchema;

/**
 * Function words never become ids (issue 17). Morfologik reads short function words as forms of
 * content words: the English "to" as the Polish "ten", "in" as "inaczej", the Polish "w" as "wiek",
 * the Ukrainian "з" as a form of "since". Their ids then joined nearly every query and matched
 * nearly every document of the other languages, so a translated query met the wrong documents and
 * the right one in another language could miss the minimum number of matching words.
 */
class FunctionWordsTests {

	@ParameterizedTest
	@ValueSource(strings = { "concepts", "lexicon" })
	void noFunctionWordBecomesAnId(String fieldType) throws IOException {
		List<String> ids = new ArrayList<>();
		for (Analyzer analyzer : List.of(MostySchema.queryAnalyzer(fieldType), MostySchema.indexAnalyzer(fieldType))) {
			for (String word : functionWords()) {
				List<String> terms = MostySchema.terms(analyzer, word);
				if (!terms.isEmpty()) {
					ids.add(word + " -> " + terms);
				}
			}
		}
		assertThat(ids).isEmpty();
	}

	/** The content words around them still reach their ids, in every language (a word with two meanings gives both). */
	@Test
	void aQueryKeepsItsContentWords() {
		Analyzer lexicon = MostySchema.queryAnalyzer("lexicon");
		assertThat(MostySchema.terms(lexicon, "access to health care in Silesia")).containsExactly("x-access", "x-inspection", "x-healthcare");
		assertThat(MostySchema.terms(lexicon, "praca w Polsce")).contains("x-work").doesNotContain("x-age");
		assertThat(MostySchema.terms(lexicon, "допомога з житлом")).isNotEmpty().doesNotContain("x-since");
		Analyzer concepts = MostySchema.queryAnalyzer("concepts");
		assertThat(MostySchema.terms(concepts, "uchodźcy w Polsce")).containsExactlyInAnyOrder("refugees", "poland");
	}

	static List<String> functionWords() throws IOException {
		try (InputStream in = FunctionWordsTests.class.getClassLoader()
			.getResourceAsStream("solr/configsets/mosty/conf/lang/stopwords_query.txt")) {
			List<String> words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(String::strip)
				.toList();
			assertThat(words).hasSizeGreaterThan(50);
			return words;
		}
	}
}
