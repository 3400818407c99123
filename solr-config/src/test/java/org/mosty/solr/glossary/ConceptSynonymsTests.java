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
import org.mosty.solr.TopicVocabulary;
import org.mosty.solr.analysis.MostySchema;

/**
 * The glossary and the {@code concepts} field type: every glossary term, in every language, and
 * inflected forms of them normalise to their concept id through the real schema; the generated
 * synonym file is up to date with the glossary.
 */
class ConceptSynonymsTests {

	private static final Glossary glossary = Glossary.load();

	@Test
	void theGlossaryHasAtLeast200ConceptsEachInThreeLanguages() {
		assertThat(glossary.concepts()).hasSizeGreaterThanOrEqualTo(200);
		glossary.concepts().values().forEach(concept -> assertThat(concept.labels()).containsKeys("pl", "uk", "en"));
	}

	@Test
	void topicLabelsComeFromTheGlossary() {
		TopicVocabulary topics = new TopicVocabulary();
		for (String id : List.of("refugees", "temporary-protection", "residence-permit", "work-permit", "asylum",
				"tolerated-stay", "integration", "housing", "legal-aid", "psychological-support", "education",
				"health-care", "employment", "language-learning", "children", "social-assistance", "discrimination",
				"family-reunification", "citizenship", "volunteering")) {
			assertThat(topics.contains(id)).as(id).isTrue();
		}
		assertThat(topics.label("temporary-protection", "uk")).isEqualTo("тимчасовий захист");
		assertThat(topics.label("refugees", "pl")).isEqualTo("uchodźcy");
	}

	@Test
	void everyGlossaryTermNormalisesToItsConcept() {
		Analyzer query = MostySchema.queryAnalyzer("concepts");
		Analyzer index = MostySchema.indexAnalyzer("concepts");
		List<String> misses = new ArrayList<>();
		int checked = 0;
		for (Glossary.Concept concept : glossary.concepts().values()) {
			for (var entry : concept.terms().entrySet()) {
				for (String term : entry.getValue()) {
					checked++;
					if (!MostySchema.terms(query, term).contains(concept.id())
							|| !MostySchema.terms(index, term).contains(concept.id())) {
						misses.add(entry.getKey() + ":" + term + " -> " + MostySchema.terms(query, term));
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(600);
		assertThat(misses).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Uchodźcom z Ukrainy|refugees", "biżenćw|", "біженцями|refugees",
			"Refugees|refugees", "zezwoleń na pracę|work-permit", "zezwolenia na pracę sezonową|seasonal-work",
			"ochrony czasowej|temporary-protection", "тимчасового захисту|temporary-protection",
			"дозволу на роботу|work-permit", "residence permits|residence-permit",
			"pomocy prawnej|legal-aid", "правової допомоги|legal-aid", "psychologicznego wsparcia|",
			"wsparciu psychologicznym|psychological-support", "психологічної підтримки|psychological-support",
			"mieszkań socjalnych|social-housing", "w Polsce|poland", "у Польщі|poland",
			"karty pobytu|residence-card", "карту побуту|residence-card", "handlu ludźmi|human-trafficking",
			"торгівлі людьми|human-trafficking", "zgody na pobyt tolerowany|tolerated-stay" })
	void inflectedFormsMeetAtTheirConcept(String text, String concept) {
		List<String> terms = MostySchema.terms(MostySchema.queryAnalyzer("concepts"), text);
		if (concept == null) {
			assertThat(terms).as(text).isEmpty();
		}
		else {
			assertThat(terms).as(text).contains(concept);
		}
	}

	@Test
	void wordsOutsideTheGlossaryLeaveNoTokens() {
		assertThat(MostySchema.terms(MostySchema.queryAnalyzer("concepts"), "kot siedzi na płocie")).isEmpty();
	}

	/**
	 * The committed lang/concept_synonyms.txt is what the generator makes of the committed
	 * glossary. Run with -Dmosty.glossary.write=true to rewrite it after editing the glossary.
	 */
	@Test
	void theSynonymFileIsUpToDate() throws IOException {
		String expected = ConceptSynonyms.render(new ConceptSynonyms().generate(ConceptSynonyms.concepts()));
		if (Boolean.getBoolean("mosty.glossary.write")) {
			Files.writeString(Path.of(ConceptSynonyms.TARGET), expected, StandardCharsets.UTF_8);
		}
		try (InputStream in = getClass().getClassLoader()
			.getResourceAsStream("solr/configsets/mosty/conf/lang/concept_synonyms.txt")) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
				.as("concept_synonyms.txt is stale: run ConceptSynonymsTests with -Dmosty.glossary.write=true")
				.isEqualTo(expected);
		}
	}
}
