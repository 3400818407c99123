package org.mosty.solr.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mosty.solr.Glossary;
import org.mosty.solr.Lexicon;
import org.mosty.solr.analysis.MostySchema;

/**
 * The trilingual lexicon (issue 17) and the {@code lexicon} field type: the file loads, is large
 * enough and says where every entry comes from; its lemmas and their inflected forms reach their
 * entry through the real schema; several translations of one word are one entry (one token per
 * query word); the generated synonym file is up to date.
 */
class LexiconTests {

	private static final Glossary lexicon = Lexicon.load();

	@Test
	void theLexiconHasAtLeast3000EntriesInThreeLanguagesWithTheirSource() throws IOException {
		assertThat(lexicon.concepts()).hasSizeGreaterThanOrEqualTo(3000);
		lexicon.concepts().values().forEach(entry -> assertThat(entry.labels()).containsKeys("pl", "uk", "en"));
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(Lexicon.RESOURCE)) {
			List<String> unsourced = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.filter(line -> line.split("\t", -1).length != 6 || line.split("\t", -1)[5].isBlank())
				.toList();
			assertThat(unsourced).as("entries without a source column").isEmpty();
		}
	}

	/** SolrCloud keeps each configset file in one ZooKeeper node, 1 MB at most by default. */
	@Test
	void everySynonymFileFitsInAZooKeeperNode() throws IOException {
		for (String file : List.of("lexicon_synonyms.txt", "concept_synonyms.txt", "lexicon.tsv")) {
			try (InputStream in = getClass().getClassLoader().getResourceAsStream("solr/configsets/mosty/conf/lang/" + file)) {
				assertThat(in.readAllBytes().length).as(file).isLessThan(1_000_000);
			}
		}
	}

	@Test
	void lexiconIdsAreNotGlossaryOrPlaceIds() {
		Glossary.load().with(Glossary.load(ConceptSynonyms.GAZETTEER)).with(lexicon); // throws on a shared id
	}

	/** Almost every lemma reaches its entry: a few short words read as another language's forms do not. */
	@Test
	void lexiconLemmasNormaliseToTheirEntry() {
		Analyzer query = MostySchema.queryAnalyzer("lexicon");
		Analyzer index = MostySchema.indexAnalyzer("lexicon");
		List<String> misses = new ArrayList<>();
		int checked = 0;
		for (Glossary.Concept entry : lexicon.concepts().values()) {
			for (var terms : entry.terms().entrySet()) {
				for (String term : terms.getValue()) {
					checked++;
					if (!MostySchema.terms(query, term).contains(entry.id())
							|| !MostySchema.terms(index, term).contains(entry.id())) {
						misses.add(terms.getKey() + ":" + term + " -> " + MostySchema.terms(query, term));
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(3 * lexicon.concepts().size());
		assertThat(misses.size()).as(misses.stream().limit(40).toList().toString()).isLessThan(checked / 50);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "azylu|asylum", "притулку|asylum", "czynszu|rent", "орендної плати|rent",
			"tłumacza|interpreters", "перекладача|interpreter", "ubezpieczenia zdrowotnego|health insurance",
			"медичного страхування|health insurance", "konto bankowe|bank account", "банківського рахунку|bank account",
			"szkoły|schools", "школі|school", "kształcenia zawodowego|vocational training",
			"професійного навчання|vocational training", "zaległości czynszowe|rent arrears",
			"niepełnosprawności|disability", "прав дитини|children's rights", "prawo jazdy|driving licence",
			"посвідчення водія|driving licence", "opieki nad dziećmi|childcare", "догляду за дітьми|childcare" })
	void inflectedFormsInAnyLanguageMeetTheEnglishWord(String text, String english) {
		Analyzer query = MostySchema.queryAnalyzer("lexicon");
		List<String> ids = MostySchema.terms(query, text);
		assertThat(ids).as(text + " " + ids + " meets " + english + " " + MostySchema.terms(query, english))
			.containsAnyElementsOf(MostySchema.terms(query, english));
	}

	/**
	 * The committed lang/lexicon_synonyms.txt is what the generator makes of the committed lexicon.
	 * Run with -Dmosty.glossary.write=true to rewrite it after editing the lexicon.
	 */
	@Test
	void theSynonymFileIsUpToDate() throws IOException {
		String expected = ConceptSynonyms.renderLexicon(new ConceptSynonyms(true).generate(new UkrainianVerbalNouns().extend(lexicon)));
		if (Boolean.getBoolean("mosty.glossary.write")) {
			Files.writeString(Path.of(ConceptSynonyms.LEXICON_TARGET), expected, StandardCharsets.UTF_8);
		}
		try (InputStream in = getClass().getClassLoader()
			.getResourceAsStream("solr/configsets/mosty/conf/lang/lexicon_synonyms.txt")) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
				.as("lexicon_synonyms.txt is stale: run LexiconTests with -Dmosty.glossary.write=true")
				.isEqualTo(expected);
		}
	}
}
