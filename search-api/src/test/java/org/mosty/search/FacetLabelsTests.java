package org.mosty.search;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mosty.indexer.catalogue.DocumentType;
import org.mosty.solr.TopicVocabulary;
import org.springframework.context.support.ResourceBundleMessageSource;

class FacetLabelsTests {

	private final FacetLabels labels = new FacetLabels(messages(), new TopicVocabulary());

	@ParameterizedTest
	@ValueSource(strings = { "pl", "uk", "en" })
	void everyDocumentTypeHasALabelInEveryLanguage(String lang) {
		for (DocumentType type : DocumentType.values()) {
			assertThat(labels.label(Facet.TYPE, type.id(), lang)).as(type.id() + " in " + lang).isNotEqualTo(type.id());
		}
	}

	@Test
	void labelsFollowTheRequestedLanguage() {
		assertThat(labels.label(Facet.TYPE, "guideline", "pl")).isEqualTo("Wytyczne");
		assertThat(labels.label(Facet.TYPE, "guideline", "uk")).isEqualTo("Настанови");
		assertThat(labels.label(Facet.TYPE, "guideline", "en")).isEqualTo("Guideline");
		assertThat(labels.label(Facet.LANGUAGE, "uk", "pl")).isEqualTo("ukraiński");
		assertThat(labels.label(Facet.TOPIC, "temporary-protection", "uk")).isEqualTo("тимчасовий захист");
	}

	@Test
	void unknownValuesAndFreeTextFacetsShowTheValueItself() {
		assertThat(labels.label(Facet.TOPIC, "no-such-topic", "en")).isEqualTo("no-such-topic");
		assertThat(labels.label(Facet.ORGANIZATION, "Fundacja <b>", "en")).isEqualTo("Fundacja <b>");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
