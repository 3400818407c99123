package org.mosty.solr;

import org.springframework.stereotype.Component;

/**
 * Topic ids are glossary concept ids ({@code lang/glossary.tsv} in the configset); their labels in
 * Polish, Ukrainian and English are the glossary's terms. The index stores ids only.
 */
@Component
public class TopicVocabulary {

	private final Glossary glossary;

	public TopicVocabulary() {
		this.glossary = Glossary.load();
	}

	/** Every topic id, in glossary order (for the editors' controlled list). */
	public java.util.Set<String> ids() {
		return glossary.concepts().keySet();
	}

	public boolean contains(String id) {
		return glossary.contains(id);
	}

	/** The label of a topic in a language ({@code pl}, {@code uk}, {@code en}); the id if unknown. */
	public String label(String id, String language) {
		return glossary.label(id, language);
	}
}
