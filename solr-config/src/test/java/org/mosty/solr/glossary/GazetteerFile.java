package org.mosty.solr.glossary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import org.mosty.solr.Glossary;
import org.mosty.solr.places.UkrainianLatin;

/**
 * Generates {@code lang/gazetteer.tsv}: every place the {@code concepts} field knows, one id each,
 * with its names in Polish, Ukrainian and English and their other spellings. From
 * {@code lang/places.tsv} (the team's data: Polish voivodeships and towns, Ukrainian oblasts and
 * towns with their Polish exonyms, European capitals), the countries of CLDR in ICU4J (names in
 * pl, uk and en) except those the glossary already has (Poland, Ukraine, Belarus) and those whose
 * Polish name is a common word (Czad, Mali), and the Latin spellings of every Ukrainian and Russian
 * name: the Ukrainian national system ({@link UkrainianLatin}) and BGN/PCGN (ICU's
 * {@code Ukrainian-Latin/BGN}, {@code Russian-Latin/BGN} for the Russian forms).
 * <p>
 * Run after editing places.tsv, then regenerate the synonyms ({@link ConceptSynonyms}):
 * {@code ./mvnw -B -ntp -q test -pl solr-config -Dtest='GazetteerTests,ConceptSynonymsTests' -Dmosty.glossary.write=true}
 */
public final class GazetteerFile {

	public static final String TARGET = "src/main/resources/solr/configsets/mosty/conf/lang/gazetteer.tsv";

	public static final String PLACES = "solr/configsets/mosty/conf/lang/places.tsv";

	/** Countries the glossary has (as concepts with adjectives) or whose Polish name is a common word. */
	static final Set<String> SKIPPED_COUNTRIES = Set.of("PL", "UA", "BY", "TD", "ML");

	/** Latin spellings the Polish analysis takes for common words ("Sumy": "sums"), never generated. */
	static final Set<String> AMBIGUOUS_SPELLINGS = Set.of("sumy");

	private static final String HEADER = """
			# GENERATED from places.tsv, CLDR (ICU4J) and transliterations by org.mosty.solr.glossary.GazetteerFile
			# (solr-config tests). Do not edit: edit places.tsv and regenerate. Same columns as glossary.tsv:
			# place id, Polish, Ukrainian, English, alternates (pl:…|uk:…|en:…).
			""";

	private final Transliterator ukrainianBgn = Transliterator.getInstance("Ukrainian-Latin/BGN");

	private final Transliterator russianBgn = Transliterator.getInstance("Russian-Latin/BGN");

	public static void main(String[] args) throws IOException {
		Files.writeString(Path.of(TARGET), new GazetteerFile().render(), StandardCharsets.UTF_8);
	}

	/** The file's text. */
	public String render() {
		StringBuilder out = new StringBuilder(HEADER);
		for (Glossary.Concept place : places()) {
			out.append(place.id());
			for (String language : Glossary.LANGUAGES) {
				out.append('\t').append(place.labels().get(language));
			}
			List<String> alternates = new ArrayList<>();
			for (String language : Glossary.LANGUAGES) {
				List<String> terms = place.terms().get(language);
				terms.subList(1, terms.size()).forEach(term -> alternates.add(language + ":" + term));
			}
			out.append('\t').append(String.join("|", alternates)).append('\n');
		}
		return out.toString();
	}

	/** The places: the team's, then the countries; each with its transliterations. */
	List<Glossary.Concept> places() {
		Map<String, Glossary.Concept> places = new LinkedHashMap<>(Glossary.load(PLACES).concepts());
		for (String code : ULocale.getISOCountries()) {
			if (SKIPPED_COUNTRIES.contains(code)) {
				continue;
			}
			String id = "place-country-" + code.toLowerCase(Locale.ROOT);
			Map<String, List<String>> terms = new LinkedHashMap<>();
			for (String language : Glossary.LANGUAGES) {
				String name = new ULocale(language, code).getDisplayCountry(new ULocale(language));
				terms.put(language, new ArrayList<>(names(name)));
			}
			if (terms.values().stream().anyMatch(names -> names.isEmpty() || names.get(0).equalsIgnoreCase(code))) {
				continue; // no real name in one of the languages
			}
			places.putIfAbsent(id, concept(id, terms));
		}
		List<Glossary.Concept> result = new ArrayList<>();
		for (Glossary.Concept place : places.values()) {
			result.add(transliterated(place));
		}
		return result;
	}

	/** A CLDR name and what it holds: "Myanmar (Birma)" is also "Myanmar" and "Birma". */
	static Set<String> names(String cldr) {
		Set<String> names = new LinkedHashSet<>();
		String clean = cldr.replace("&", " i ").replace(" – ", " ").replace(" - ", " ").strip();
		int open = clean.indexOf('(');
		if (open > 0 && clean.endsWith(")")) {
			names.add(clean.substring(0, open).strip());
			names.add(clean.substring(open + 1, clean.length() - 1).strip());
		}
		int comma = clean.indexOf(',');
		if (comma > 0) {
			names.add(clean.substring(0, comma).strip());
		}
		if (open < 0 && comma < 0) {
			names.add(clean);
		}
		names.removeIf(String::isBlank);
		return names;
	}

	/** The place with the Latin spellings of its Ukrainian (and Russian) names as English alternates. */
	private Glossary.Concept transliterated(Glossary.Concept place) {
		Map<String, List<String>> terms = new LinkedHashMap<>();
		place.terms().forEach((language, names) -> terms.put(language, new ArrayList<>(names)));
		List<String> ukrainian = place.terms().get("uk");
		for (int i = 0; i < ukrainian.size(); i++) {
			// the main name is Ukrainian; the alternates are mostly the Russian forms
			String name = ukrainian.get(i);
			addLatin(terms.get("en"), UkrainianLatin.of(name));
			addLatin(terms.get("en"), clean((i == 0 ? ukrainianBgn : russianBgn).transliterate(name)));
		}
		return concept(place.id(), terms);
	}

	private static String clean(String latin) {
		return latin.replace("ʹ", "").replace("ʺ", "").replace("ʼ", "");
	}

	private static void addLatin(List<String> english, String latin) {
		if (latin.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)
				|| AMBIGUOUS_SPELLINGS.contains(latin.toLowerCase(Locale.ROOT))) {
			return;
		}
		if (english.stream().noneMatch(term -> term.equalsIgnoreCase(latin))) {
			english.add(latin);
		}
	}

	private static Glossary.Concept concept(String id, Map<String, List<String>> terms) {
		Map<String, String> labels = new LinkedHashMap<>();
		terms.forEach((language, names) -> labels.put(language, names.get(0)));
		return new Glossary.Concept(id, Map.copyOf(labels), Map.copyOf(terms));
	}
}
