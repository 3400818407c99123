package org.mosty.indexer.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.polish.PolishStemmer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.sax.BodyContentHandler;
import org.mosty.indexer.language.LanguageDetection;
import org.mosty.indexer.language.Segment;
import org.mosty.indexer.language.SegmentLanguages;
import org.xml.sax.SAXException;

/**
 * The content words of a library, per language, as the language fields lemmatise them: every
 * word of the language (see {@link #words}), of letters only (three or more), not a function word, counted once per occurrence under its
 * lemma stack ({@code prawo|prawy} for "prawa"). A file is read if its name or folder gives its
 * language ({@code pl-…}, {@code …-uk.md}, {@code markdown-pl/…}); Russian and unknown files
 * are left out. Text comes from Tika and is split into language segments by the indexer's own
 * {@link SegmentLanguages} (the Polish forms carry English, French and Russian translations).
 */
final class LibraryVocabulary {

	private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’ʼ-]*[\\p{L}]");

	/** Function words the language analysers keep (English has no stop filter in text_en). */
	static final Set<String> FUNCTION_WORDS = Set.of(
			// English
			"a", "an", "the", "and", "or", "but", "nor", "if", "then", "than", "so", "as", "at", "by", "for", "from",
			"in", "into", "of", "off", "on", "onto", "out", "over", "to", "up", "with", "within", "without", "about",
			"above", "after", "against", "among", "before", "below", "between", "during", "through", "under",
			"until", "upon", "via", "per", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
			"did", "doing", "done", "have", "has", "had", "having", "will", "would", "shall", "should", "can",
			"could", "may", "might", "must", "it", "its", "this", "that", "these", "those", "there", "here", "he",
			"she", "they", "them", "their", "theirs", "his", "her", "hers", "him", "we", "us", "our", "ours",
			"you", "your", "yours", "i", "me", "my", "mine", "who", "whom", "whose", "which", "what", "when",
			"where", "why", "how", "not", "no", "yes", "all", "any", "both", "each", "either", "neither", "few",
			"more", "most", "other", "some", "such", "only", "own", "same", "too", "very", "also", "just",
			"because", "while", "whether", "although", "though", "however", "itself", "themselves",
			// Polish forms the Polish stop list lacks (its list holds forms, not lemmas)
			"być", "który", "mieć", "ten", "swój", "się", "oraz", "lub", "także", "też", "jeśli", "jeżeli",
			"gdy", "kiedy", "czy", "tym", "ich", "jej", "jego", "nich", "tego", "która", "które", "których",
			// Ukrainian forms the Ukrainian stop list lacks
			"бути", "який", "цей", "той", "свій", "також", "якщо", "коли", "вони", "він", "вона", "воно", "його",
			"її", "їх", "яка", "які", "яких", "має", "мати");

	/** Pieces of web addresses the tokenizer cuts out of links, not words of any language. */
	static final Set<String> ADDRESS_PARTS = Set.of("http", "https", "www", "html", "htm", "php", "aspx", "pdf");

	private final Map<String, Analyzer> analyzers;

	/** language → lemma stack, a tab and the word in lower case → occurrences */
	private final Map<String, Map<String, Integer>> counts = new HashMap<>();

	/**
	 * Which words belong to a language: Polish and Ukrainian ones are in their Morfologik
	 * dictionaries (a French or Russian line of a Polish form, a name or an OCR error is not), English
	 * ones are written in Latin letters.
	 */
	private final Map<String, Predicate<String>> words = Map.of(
			"pl", known(new PolishStemmer().getDictionary()),
			"uk", known(ukrainianDictionary()),
			"en", word -> word.chars().allMatch(c -> c < 0x250));

	private final SegmentLanguages segments = new SegmentLanguages(new LanguageDetection());

	LibraryVocabulary(Map<String, Analyzer> analyzers) {
		this.analyzers = analyzers;
		analyzers.keySet().forEach(language -> counts.put(language, new HashMap<>()));
	}

	/** The language a file's name or folder gives, or null. */
	static String languageOf(Path file) {
		String path = file.toString().replace('\\', '/').toLowerCase(Locale.ROOT);
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.startsWith("pl-") || path.contains("-pl/") || name.matches(".*-pl\\.(txt|md|markdown)")) {
			return "pl";
		}
		if (name.startsWith("uk-") || name.startsWith("ua-") || name.equals("ua.md") || path.contains("text-uk/")
				|| name.matches(".*-uk\\.(md|txt)")) {
			return "uk";
		}
		if (name.startsWith("en-") || name.equals("en.md") || path.contains("-en/") || name.matches(".*-en\\.(md|txt)")) {
			return "en";
		}
		return null;
	}

	/** Adds every file under a folder whose language is known. */
	LibraryVocabulary addAll(Path folder) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path file : files) {
			String language = languageOf(folder.relativize(file));
			if (language != null && !file.toString().endsWith(".json")
					&& !file.getFileName().toString().endsWith("-index.html")) {
				for (Segment segment : segments.profile(extract(file), language).segments()) {
					if (analyzers.containsKey(segment.language())) {
						add(segment.language(), segment.text());
					}
				}
			}
		}
		return this;
	}

	void add(String language, String text) {
		Analyzer analyzer = analyzers.get(language);
		Map<String, Integer> count = counts.get(language);
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			List<String> stack = new ArrayList<>();
			String surface = null;
			while (stream.incrementToken()) {
				if (increment.getPositionIncrement() > 0) {
					flush(language, count, surface, stack);
					stack = new ArrayList<>();
					surface = text.substring(offset.startOffset(), offset.endOffset());
				}
				if (!stack.contains(term.toString())) {
					stack.add(term.toString());
				}
			}
			flush(language, count, surface, stack);
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void flush(String language, Map<String, Integer> count, String surface, List<String> stack) {
		if (surface == null || stack.isEmpty() || surface.length() < 3 || !WORD.matcher(surface).matches()
				|| !words.get(language).test(surface)) {
			return;
		}
		String lower = surface.toLowerCase(Locale.ROOT);
		if (FUNCTION_WORDS.contains(lower) || ADDRESS_PARTS.contains(lower) || stack.stream().anyMatch(FUNCTION_WORDS::contains)) {
			return;
		}
		count.merge(String.join("|", stack) + "\t" + lower, 1, Integer::sum);
	}

	private static Predicate<String> known(Dictionary dictionary) {
		ThreadLocal<DictionaryLookup> lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
		return word -> {
			String normal = word.replace('’', '\'').replace('ʼ', '\'');
			return !lookup.get().lookup(normal).isEmpty()
					|| !lookup.get().lookup(normal.toLowerCase(Locale.ROOT)).isEmpty();
		};
	}

	private static Dictionary ukrainianDictionary() {
		try {
			return Dictionary.read(LibraryVocabulary.class.getClassLoader().getResource("ua/net/nlp/ukrainian.dict"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** language → lemma stack, a tab and the word in lower case → occurrences */
	Map<String, Map<String, Integer>> counts() {
		return counts;
	}

	private static String extract(Path file) throws IOException {
		BodyContentHandler handler = new BodyContentHandler(-1);
		try (InputStream in = Files.newInputStream(file)) {
			new AutoDetectParser().parse(in, handler, new Metadata());
		}
		catch (SAXException | TikaException ex) {
			return "";
		}
		return handler.toString();
	}
}
