package org.mosty.solr.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.mosty.solr.Glossary;

/**
 * The verbal nouns of the lexicon's Ukrainian verbs ("фінансувати" → "фінансування", "зменшити" →
 * "зменшення", "оформити" → "оформлення"), added to the verb's entry when the Ukrainian dictionary
 * knows them as nouns.
 * <p>
 * Why: Polish Morfologik gives a gerund the lemma of its verb ("finansowania" → "finansować"), so a
 * Polish verbal noun meets the verb's entry; the Ukrainian dictionary gives a verbal noun its own
 * lemma, so "фінансування" met no entry, or only a noun's entry that the Polish words never reach
 * ("зменшення" was x-reduction while "spadek" and "zmniejszenie" were x-decrease). English "-ing"
 * forms meet the verb through KStem. A derived noun keeps the entries it already had.
 */
final class UkrainianVerbalNouns {

	/** Final consonants of the verb's stem that alternate before -ення ("садити" → "садження"). */
	private static final Map<String, String> ALTERNATIONS = alternations();

	private final DictionaryLookup lookup;

	UkrainianVerbalNouns() {
		try {
			this.lookup = new DictionaryLookup(ConceptSynonyms.ukrainianDictionary());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The lexicon with every single-word Ukrainian verb's verbal nouns added to its entry. */
	Glossary extend(Glossary lexicon) {
		Map<String, Map<String, List<String>>> extra = new LinkedHashMap<>();
		for (Glossary.Concept entry : lexicon.concepts().values()) {
			List<String> nouns = new ArrayList<>();
			for (String term : entry.terms().getOrDefault("uk", List.of())) {
				if (!term.contains(" ")) {
					nouns.addAll(of(term));
				}
			}
			if (!nouns.isEmpty()) {
				extra.put(entry.id(), Map.of("uk", nouns));
			}
		}
		return lexicon.withTerms(extra);
	}

	/** The verbal nouns of one verb that the dictionary knows as noun lemmas; none for a word that is not a verb. */
	List<String> of(String verb) {
		String base = verb.endsWith("ся") || verb.endsWith("сь") ? verb.substring(0, verb.length() - 2) : verb;
		if (!base.endsWith("ти") || base.length() < 5) {
			return List.of();
		}
		Set<String> candidates = new LinkedHashSet<>();
		if (base.endsWith("ати")) { // -увати and -ювати too: -ування, -ювання
			candidates.add(base.substring(0, base.length() - 3) + "ання");
		}
		else if (base.endsWith("яти")) {
			candidates.add(base.substring(0, base.length() - 3) + "яння");
		}
		else if (base.endsWith("іти")) {
			candidates.add(base.substring(0, base.length() - 3) + "іння");
		}
		else if (base.endsWith("ити") || base.endsWith("їти")) {
			String stem = base.substring(0, base.length() - 3);
			candidates.add(stem + "ення");
			candidates.add(stem + "іння");
			ALTERNATIONS.forEach((from, to) -> {
				if (stem.endsWith(from)) {
					candidates.add(stem.substring(0, stem.length() - from.length()) + to + "ення");
				}
			});
		}
		return candidates.stream().filter(this::isNounLemma).toList();
	}

	private boolean isNounLemma(String word) {
		for (WordData data : lookup.lookup(word)) {
			if (data.getStem() != null && data.getTag() != null && word.contentEquals(data.getStem())
					&& data.getTag().toString().startsWith("noun")) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, String> alternations() {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("ст", "щ");
		map.put("зд", "ждж");
		map.put("д", "дж");
		map.put("з", "ж");
		map.put("с", "ш");
		map.put("т", "ч");
		for (String labial : List.of("б", "п", "в", "м", "ф")) {
			map.put(labial, labial + "л");
		}
		return map;
	}
}
