package org.mosty.search;

import java.util.Locale;

import org.mosty.solr.TopicVocabulary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Labels of facet values in Polish, Ukrainian or English. Values in the index are ids; the
 * labels come from the message bundles and the topic vocabulary.
 */
@Component
public class FacetLabels {

	private final MessageSource messages;

	private final TopicVocabulary topics;

	public FacetLabels(MessageSource messages, TopicVocabulary topics) {
		this.messages = messages;
		this.topics = topics;
	}

	public String label(Facet facet, String value, String lang) {
		return switch (facet) {
			case TOPIC -> topics.label(value, lang);
			case TYPE, LANGUAGE, FORMAT, AUDIENCE, REGION -> messages.getMessage(
					facet.parameter() + "." + value, null, value, Locale.forLanguageTag(lang));
			default -> value;
		};
	}
}
