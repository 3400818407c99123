package org.mosty.solr;

/**
 * The trilingual lexicon ({@code lang/lexicon.tsv} in the configset, issue 17): content words of
 * migration law, social assistance, health, education, labour, housing, NGO work and the general
 * vocabulary of such documents, one entry per meaning with its Polish, Ukrainian and English lemmas
 * (several per language where a word has several translations), in the glossary's columns plus a
 * sixth, the entry's provenance. Solr matches entries through {@code lang/lexicon_synonyms.txt},
 * generated from this file, in the {@code lexicon} field.
 */
public final class Lexicon {

	/** The lexicon inside the configset on the class path. */
	public static final String RESOURCE = "solr/configsets/mosty/conf/lang/lexicon.tsv";

	private Lexicon() {
	}

	/** The lexicon's entries, read as glossary concepts (id, labels, terms per language). */
	public static Glossary load() {
		return Glossary.load(RESOURCE);
	}
}
