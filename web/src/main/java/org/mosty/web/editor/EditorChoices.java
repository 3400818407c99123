package org.mosty.web.editor;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.DocumentType;
import org.mosty.search.Facet;
import org.mosty.search.FacetLabels;
import org.mosty.solr.TopicVocabulary;
import org.springframework.stereotype.Component;

/** The controlled lists of the editors' forms, labelled in the page's language. */
@Component
class EditorChoices {

	/** Voivodeships as stored (validated by the indexer's metadata rules), then the whole country. */
	static final List<String> REGIONS = List.of("dolnośląskie", "kujawsko-pomorskie", "lubelskie", "lubuskie", "łódzkie",
			"małopolskie", "mazowieckie", "opolskie", "podkarpackie", "podlaskie", "pomorskie", "śląskie",
			"świętokrzyskie", "warmińsko-mazurskie", "wielkopolskie", "zachodniopomorskie", "cała-polska");

	static final List<String> LANGUAGES = List.of("pl", "uk", "en", "ru", "be", "cs", "sk", "de", "fr");

	static final List<String> AUDIENCES = List.of("ngo-workers", "migrants", "researchers", "public-officials",
			"volunteers", "teachers");

	/** A value and its label. */
	record Choice(String value, String label) {
	}

	private final FacetLabels labels;

	private final TopicVocabulary topics;

	EditorChoices(FacetLabels labels, TopicVocabulary topics) {
		this.labels = labels;
		this.topics = topics;
	}

	List<Choice> types(String lang) {
		return java.util.Arrays.stream(DocumentType.values())
			.map(type -> new Choice(type.id(), labels.label(Facet.TYPE, type.id(), lang)))
			.toList();
	}

	List<Choice> topics(String lang) {
		Collator collator = Collator.getInstance(Locale.forLanguageTag(lang));
		return topics.ids()
			.stream()
			.map(id -> new Choice(id, labels.label(Facet.TOPIC, id, lang)))
			.sorted(Comparator.comparing(Choice::label, collator))
			.toList();
	}

	List<Choice> regions(String lang) {
		return REGIONS.stream().map(region -> new Choice(region, labels.label(Facet.REGION, region, lang))).toList();
	}

	List<Choice> languages(String lang) {
		return LANGUAGES.stream().map(code -> new Choice(code, labels.label(Facet.LANGUAGE, code, lang))).toList();
	}

	List<Choice> audiences(String lang) {
		return AUDIENCES.stream().map(value -> new Choice(value, labels.label(Facet.AUDIENCE, value, lang))).toList();
	}

	List<String> accessLevels() {
		return java.util.Arrays.stream(AccessLevel.values()).map(AccessLevel::name).toList();
	}
}
