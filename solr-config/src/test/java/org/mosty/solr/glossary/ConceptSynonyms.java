package org.mosty.solr.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.mosty.solr.Glossary;

/**
 * Generates {@code lang/concept_synonyms.txt} from {@code lang/glossary.tsv} and
 * {@code lang/gazetteer.tsv} (places, issue 17).
 * <p>
 * The {@code concepts} field lemmatises text (Polish Morfologik, then Ukrainian Morfologik, then
 * KStem) and maps glossary terms to concept ids with a SynonymGraphFilter. Morfologik stacks every
 * lemma of an ambiguous form at one position ({@code zezwolenia} gives {@code zezwolenie} and
 * {@code zezwolić}), and SynonymGraphFilter reads stacked tokens as a sequence, so a rule written
 * with bare lemmas would miss most inflected multi-word terms. This generator therefore enumerates,
 * from the Morfologik dictionaries themselves, every inflected form of every glossary word, runs
 * each through the same chain, and writes one rule per distinct sequence of lemma stacks.
 * <p>
 * Run after editing the glossary (rewrites the file in the source tree; run the test again to
 * check it):
 * {@code ./mvnw -B -ntp -q test -pl solr-config -Dtest=ConceptSynonymsTests -Dmosty.glossary.write=true}
 */
public final class ConceptSynonyms {

	/** Where the generated file lives in the source tree (relative to the solr-config module). */
	/** Function words the concepts and lexicon fields drop before lemmatising (as schema.xml does). */
	static final String STOPWORDS = "solr/configsets/mosty/conf/lang/stopwords_query.txt";

	public static final String TARGET = "src/main/resources/solr/configsets/mosty/conf/lang/concept_synonyms.txt";

	/** The lexicon's synonym file (issue 17), made the same way from {@code lang/lexicon.tsv}. */
	public static final String LEXICON_TARGET = "src/main/resources/solr/configsets/mosty/conf/lang/lexicon_synonyms.txt";

	private static final int MAX_RULES_PER_TERM = 4000;

	private static final String LEXICON_HEADER = """
			# GENERATED from lexicon.tsv by org.mosty.solr.glossary.ConceptSynonyms (solr-config tests). Do not edit:
			# edit lexicon.tsv and regenerate. Each line maps the lemma stacks of one inflected form of a lexicon
			# lemma (as the lexicon field analyses it) to its entry id.
			""";

	private static final String HEADER = """
			# GENERATED from glossary.tsv and gazetteer.tsv by org.mosty.solr.glossary.ConceptSynonyms (solr-config
			# tests). Do not edit: edit glossary.tsv or places.tsv and regenerate. Each line maps the lemma stacks of
			# one inflected form of a glossary term or place name (as the concepts field analyses it) to its id.
			""";

	private final Analyzer lemmas;

	private final Analyzer raw;

	/** For the concepts field. */
	public ConceptSynonyms() {
		this(false);
	}

	/**
	 * For the concepts field, or (with {@code englishPossessive}) for the lexicon field, whose chain
	 * also drops English possessives.
	 */
	public ConceptSynonyms(boolean englishPossessive) {
		try {
			ClasspathResourceLoader loader = new ClasspathResourceLoader(ConceptSynonyms.class.getClassLoader());
			// keep in step with the "concepts" and "lexicon" field types in schema.xml (up to the synonym filter)
			CustomAnalyzer.Builder chain = CustomAnalyzer.builder(loader)
				.addCharFilter("mapping", "mapping", "solr/configsets/mosty/conf/lang/mapping_uk.txt")
				.withTokenizer("standard")
				.addTokenFilter("stop", "words", STOPWORDS, "ignoreCase", "true")
				.addTokenFilter("morfologik")
				.addTokenFilter("morfologik", "dictionary", "ua/net/nlp/ukrainian.dict");
			if (englishPossessive) {
				chain.addTokenFilter("englishPossessive");
			}
			this.lemmas = chain.addTokenFilter("lowercase").addTokenFilter("kStem").build();
			// for the surface tokens of terms, which surfaceTokens has already rid of function words
			this.raw = CustomAnalyzer.builder(loader)
				.addCharFilter("mapping", "mapping", "solr/configsets/mosty/conf/lang/mapping_uk.txt")
				.withTokenizer("standard")
				.addTokenFilter("morfologik")
				.addTokenFilter("morfologik", "dictionary", "ua/net/nlp/ukrainian.dict")
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static void main(String[] args) throws IOException {
		Path target = Path.of(args.length > 0 ? args[0] : TARGET);
		List<String> lines = new ConceptSynonyms().generate(concepts());
		Files.writeString(target, render(lines), StandardCharsets.UTF_8);
		System.out.println("Wrote " + lines.size() + " rules to " + target.toAbsolutePath());
	}

	/** What the concepts field knows: the glossary's concepts and the gazetteer's places. */
	public static Glossary concepts() {
		return Glossary.load().with(Glossary.load(GAZETTEER));
	}

	/** The gazetteer on the class path (generated by {@link GazetteerFile}). */
	public static final String GAZETTEER = "solr/configsets/mosty/conf/lang/gazetteer.tsv";

	public static String render(List<String> rules) {
		return HEADER + String.join("\n", rules) + "\n";
	}

	public static String renderLexicon(List<String> rules) {
		return LEXICON_HEADER + String.join("\n", rules) + "\n";
	}

	/** The rules, sorted, one per line. */
	public List<String> generate(Glossary glossary) throws IOException {
		// 1. the surface tokens of every term, and the dictionary lemmas whose forms we need
		Map<String, Set<String>> wanted = Map.of("pl", new HashSet<>(), "uk", new HashSet<>());
		Map<String, List<String>> lemmasOfToken = new HashMap<>();
		for (Glossary.Concept concept : glossary.concepts().values()) {
			concept.terms().forEach((language, terms) -> {
				for (String term : terms) {
					for (String token : surfaceTokens(term)) {
						List<String> stack = tokens(raw, token);
						List<String> own = stack.stream()
							.filter(lemma -> lemma.toLowerCase(Locale.ROOT).equals(token.toLowerCase(Locale.ROOT)))
							.toList();
						List<String> chosen = own.isEmpty() ? stack : own;
						lemmasOfToken.put(language + "|" + token, chosen);
						if (wanted.containsKey(language)) {
							wanted.get(language).addAll(chosen);
						}
					}
				}
			});
		}
		// 2. every inflected form of those lemmas, straight from the dictionaries
		Map<String, Map<String, Set<String>>> forms = Map.of("pl", forms(new PolishStemmer().getDictionary(),
				wanted.get("pl")), "uk", forms(ukrainianDictionary(), wanted.get("uk")));

		// 3. rules: the cartesian product of the distinct lemma stacks of each token's forms
		TreeSet<String> rules = new TreeSet<>();
		Map<String, Set<List<String>>> stacksCache = new HashMap<>();
		for (Glossary.Concept concept : glossary.concepts().values()) {
			concept.terms().forEach((language, terms) -> {
				for (String term : terms) {
					List<Set<List<String>>> slots = new ArrayList<>();
					for (String token : surfaceTokens(term)) {
						slots.add(stacksCache.computeIfAbsent(language + "|" + token, key -> {
							Set<String> variants = new LinkedHashSet<>();
							variants.add(token);
							if (language.equals("en")) {
								// KStem folds English inflections, but an English word may first be taken
								// for a Polish form ("person" -> "persona"), so spell out the plurals
								variants.addAll(englishPlurals(token));
							}
							Map<String, Set<String>> byLemma = forms.get(language);
							if (byLemma != null) {
								for (String lemma : lemmasOfToken.get(key)) {
									variants.addAll(byLemma.getOrDefault(lemma, Set.of()));
								}
							}
							Set<List<String>> stacks = new LinkedHashSet<>();
							for (String variant : variants) {
								for (String spelling : spellings(variant)) {
									List<String> stack = tokens(lemmas, spelling);
									if (!stack.isEmpty() && stack.stream().allMatch(ConceptSynonyms::safe)) {
										stacks.add(stack);
									}
								}
							}
							return stacks;
						}));
					}
					addProduct(rules, slots, concept.id(), term);
				}
			});
		}
		return new ArrayList<>(rules);
	}

	private static void addProduct(Set<String> rules, List<Set<List<String>>> slots, String id, String term) {
		if (slots.isEmpty()) {
			return; // a term of function words only: the fields drop them
		}
		List<List<String>> prefixes = List.of(List.of());
		for (Set<List<String>> slot : slots) {
			if (slot.isEmpty()) {
				return;
			}
			List<List<String>> next = new ArrayList<>();
			for (List<String> prefix : prefixes) {
				for (List<String> stack : slot) {
					if (next.size() >= MAX_RULES_PER_TERM) {
						break;
					}
					List<String> joined = new ArrayList<>(prefix);
					joined.addAll(stack);
					next.add(joined);
				}
			}
			prefixes = next;
		}
		for (List<String> sequence : prefixes) {
			rules.add(String.join(" ", sequence) + " => " + id);
		}
	}

	private static List<String> englishPlurals(String word) {
		List<String> plurals = new ArrayList<>(List.of(word + "s", word + "es"));
		if (word.endsWith("y") && word.length() > 2) {
			plurals.add(word.substring(0, word.length() - 1) + "ies");
		}
		return plurals;
	}

	/** A form as written, in lower case and capitalised (sentence start). */
	private static Set<String> spellings(String form) {
		Set<String> spellings = new LinkedHashSet<>();
		spellings.add(form);
		String lower = form.toLowerCase(Locale.ROOT);
		spellings.add(lower);
		if (!lower.isEmpty()) {
			spellings.add(lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1));
		}
		return spellings;
	}

	private static boolean safe(String token) {
		return token.chars().noneMatch(c -> Character.isWhitespace(c) || c == ',' || c == '=' || c == '>' || c == '\\'
				|| c == '#');
	}

	private static Map<String, Set<String>> forms(Dictionary dictionary, Set<String> lemmas) {
		Map<String, Set<String>> result = new HashMap<>();
		for (WordData entry : new DictionaryLookup(dictionary)) {
			CharSequence stem = entry.getStem();
			if (stem == null) {
				continue;
			}
			String lemma = stem.toString();
			if (lemmas.contains(lemma)) {
				result.computeIfAbsent(lemma, key -> new TreeSet<>()).add(entry.getWord().toString());
			}
		}
		return result;
	}

	static Dictionary ukrainianDictionary() throws IOException {
		URL url = ConceptSynonyms.class.getClassLoader().getResource("ua/net/nlp/ukrainian.dict");
		if (url == null) {
			throw new IllegalStateException("ua/net/nlp/ukrainian.dict (morfologik-ukrainian-search) not on the class path");
		}
		return Dictionary.read(url);
	}

	/** The words of a term as the standard tokenizer splits them (after the Ukrainian char mapping). */
	private List<String> surfaceTokens(String term) {
		try (Analyzer tokenizerOnly = CustomAnalyzer.builder(new ClasspathResourceLoader(ConceptSynonyms.class.getClassLoader()))
			.addCharFilter("mapping", "mapping", "solr/configsets/mosty/conf/lang/mapping_uk.txt")
			.withTokenizer("standard")
			.addTokenFilter("stop", "words", STOPWORDS, "ignoreCase", "true")
			.build()) {
			return tokens(tokenizerOnly, term);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The terms an analyser makes of a text, stacked ones included, in order. */
	static List<String> tokens(Analyzer analyzer, String text) {
		List<String> result = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				result.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return result;
	}
}
