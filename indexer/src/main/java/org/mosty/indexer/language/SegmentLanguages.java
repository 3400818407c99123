package org.mosty.indexer.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Splits a document's text into segments (pages, then paragraphs), detects each segment's
 * language and sums the shares, so a bilingual form is recorded as bilingual and each half is
 * analysed in its own language.
 * <p>
 * What misled detection before, and what is done about it:
 * <ul>
 * <li>web addresses, e-mail addresses and Markdown link targets ({@code gov.pl/web/ua-pl}) are
 * removed from the text Lingua sees (never from the indexed text);</li>
 * <li>shares are counted in letters of that cleaned text, not in segments, so a page of English
 * outweighs a line of Polish place names;</li>
 * <li>short paragraphs are merged with their neighbours until a segment has enough letters to
 * call, and a short segment whose call is unsure and differs from agreeing neighbours takes the
 * neighbours' language;</li>
 * <li>a language is one of the document's languages only with a real share (10 % of letters and
 * at least {@link #MIN_LANGUAGE_LETTERS} letters).</li>
 * </ul>
 */
@Component
public class SegmentLanguages {

	/** Paragraphs are joined with their neighbours (on the same page) up to this many letters. */
	static final int MIN_SEGMENT_LETTERS = 120;

	/** Kept for callers that measure segments in characters. */
	static final int MIN_SEGMENT = 160;

	/** Longer paragraphs are cut at line ends. */
	static final int MAX_SEGMENT = 2000;

	/** A language counts as one of the document's languages from this share of its letters on. */
	static final double MIN_SHARE = 0.10;

	/** ... and from this many letters on. */
	static final int MIN_LANGUAGE_LETTERS = 100;

	/** Segments shorter than this (letters) may be overruled by agreeing neighbours. */
	static final int SHORT_SEGMENT_LETTERS = 400;

	/** A call with a margin under this over the runner-up is unsure. */
	static final double SURE_MARGIN = 0.15;

	/** Parts of a mixed segment shorter than this (letters) are not called on their own. */
	static final int MIN_PART_LETTERS = 5;

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

	/** How much less likely than the best the document's language may be and still win a short segment. */
	static final double DOCUMENT_LANGUAGE_TOLERANCE = 0.12;

	private static final Pattern SLASHES = Pattern.compile("\\s/\\s");

	private static final Pattern PART_BREAK = Pattern.compile("\\n|\\s/\\s");

	static final Pattern NOISE = Pattern.compile(
			"\\[[^\\]\\n]{0,4}\\]\\([^)]*\\)" // markdown link with a code for a label: [EN](...)
					+ "|\\]\\([^)]*\\)" // markdown link target
					+ "|(?i:https?://|ftp://|www\\.)\\S+" // web address
					+ "|\\S+@\\S+\\.\\S+" // e-mail
					+ "|\\b[\\w.-]+\\.(?i:pl|ua|com|org|eu|net|gov|int|info|sk|cz|de|ru|by)(?:/\\S*)?\\b");

	private final LanguageDetection detection;

	public SegmentLanguages(LanguageDetection detection) {
		this.detection = detection;
	}

	/**
	 * Profiles a text.
	 * @param text the extracted text (pages separated by form feeds)
	 * @param fallback the language for segments that cannot be called (the declared language, or
	 *     {@code null} to use the dominant one)
	 */
	public LanguageProfile profile(String text, String fallback) {
		return profile(text, fallback, Map.of());
	}

	/**
	 * Profiles a text again, reusing the detections made when it was profiled before
	 * ({@link LanguageProfile#calls()}, kept with the text): the same text is cut into the same
	 * segments, and a segment whose text was called before is not given to Lingua again. A
	 * segment not found among them (the rules changed since) is detected as usual, so the result
	 * is always the one {@link #profile(String, String)} gives.
	 * @param known earlier detections by {@link #callKey(String)}
	 */
	public LanguageProfile profile(String text, String fallback, Map<String, LanguageDetection.Detection> known) {
		Map<String, LanguageDetection.Detection> calls = new LinkedHashMap<>();
		Function<String, LanguageDetection.Detection> detector = clean -> {
			String key = callKey(clean);
			LanguageDetection.Detection detected = known.get(key);
			if (detected == null) {
				detected = detection.detectWithMargin(clean);
			}
			calls.put(key, detected);
			return detected;
		};
		List<Chunk> chunks = chunks(text);
		List<Called> called = new ArrayList<>();
		for (Chunk chunk : chunks) {
			Called whole = call(chunk, detector);
			if (mixed(whole)) {
				called.addAll(split(whole, detector));
			}
			else {
				called.add(whole);
			}
		}
		preferTheDocumentsLanguage(called);
		smooth(called);

		Map<String, Integer> letters = new LinkedHashMap<>();
		for (Called segment : called) {
			if (!segment.language.equals(LanguageDetection.UNKNOWN)) {
				letters.merge(segment.language, segment.letters, Integer::sum);
			}
		}
		String dominant = letters.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(fallback != null ? fallback : LanguageDetection.UNKNOWN);
		int total = letters.values().stream().mapToInt(Integer::intValue).sum();
		List<String> languages = letters.entrySet()
			.stream()
			.filter(entry -> entry.getKey().equals(dominant)
					|| entry.getValue() >= MIN_SHARE * total && entry.getValue() >= MIN_LANGUAGE_LETTERS)
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
			.map(Map.Entry::getKey)
			.toList();
		if (languages.isEmpty()) {
			languages = List.of(dominant);
		}
		String unknownGoesTo = fallback != null ? fallback : dominant;
		List<Segment> segments = new ArrayList<>();
		for (Called segment : called) {
			String language = segment.language.equals(LanguageDetection.UNKNOWN) ? unknownGoesTo : segment.language;
			segments.add(new Segment(language, segment.chunk.text(), segment.chunk.page()));
		}
		return new LanguageProfile(dominant, languages, segments, calls);
	}

	/**
	 * A short segment called in another language than the document's, where the document's
	 * language was nearly as likely, is taken to be in the document's language: a line of Slovak
	 * organisation names with their English translations in an English page stays English.
	 */
	private static void preferTheDocumentsLanguage(List<Called> called) {
		Map<String, Integer> letters = new LinkedHashMap<>();
		for (Called segment : called) {
			if (!segment.language.equals(LanguageDetection.UNKNOWN)) {
				letters.merge(segment.language, segment.letters, Integer::sum);
			}
		}
		String document = letters.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(null);
		if (document == null) {
			return;
		}
		for (Called segment : called) {
			if (!segment.language.equals(document) && segment.letters < SHORT_SEGMENT_LETTERS
					&& segment.detection.confidence(document) >= 1 - DOCUMENT_LANGUAGE_TOLERANCE) {
				segment.language = document;
			}
		}
	}

	/** The key of a detection among {@link LanguageProfile#calls()}: the cleaned text's length and hash. */
	static String callKey(String clean) {
		return clean.length() + ":" + Integer.toHexString(clean.hashCode());
	}

	private static Called call(Chunk chunk, Function<String, LanguageDetection.Detection> detector) {
		String clean = clean(chunk.text());
		int letters = letters(clean);
		LanguageDetection.Detection detected = letters < 12
				? new LanguageDetection.Detection(LanguageDetection.UNKNOWN, 0) : detector.apply(clean);
		return new Called(chunk, letters, detected);
	}

	/**
	 * Whether a segment mixes languages line by line (official forms: "Imię ojca / Father's name /
	 * Prénom du père / Имя отца"): two scripts in it, or an unsure call on enough text.
	 */
	private static boolean mixed(Called segment) {
		if (segment.letters < 2 * MIN_PART_LETTERS) {
			return false;
		}
		long cyrillic = clean(segment.chunk.text()).codePoints()
			.filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
			.count();
		double share = (double) cyrillic / segment.letters;
		boolean form = SLASHES.matcher(segment.chunk.text()).results().count() >= 2;
		return share > 0.15 && share < 0.85 || form && segment.margin < SURE_MARGIN;
	}

	/**
	 * A mixed segment cut at line ends and " / " into parts, each part called on its own, and runs
	 * of parts in one language joined again. Parts too short to call go with the part before.
	 */
	private static List<Called> split(Called whole, Function<String, LanguageDetection.Detection> detector) {
		List<Called> parts = new ArrayList<>();
		for (String part : PART_BREAK.split(whole.chunk.text())) {
			String text = part.strip();
			if (text.isEmpty()) {
				continue;
			}
			Chunk chunk = new Chunk(text, whole.chunk.page());
			int letters = letters(clean(text));
			if (letters < MIN_PART_LETTERS && !parts.isEmpty()) {
				Called previous = parts.get(parts.size() - 1);
				parts.set(parts.size() - 1, new Called(new Chunk(previous.chunk.text() + "\n" + text, whole.chunk.page()),
						previous.letters + letters, previous.detection));
			}
			else if (letters < MIN_PART_LETTERS) {
				parts.add(new Called(chunk, letters, new LanguageDetection.Detection(LanguageDetection.UNKNOWN, 0)));
			}
			else {
				parts.add(call(chunk, detector));
			}
		}
		List<Called> runs = new ArrayList<>();
		for (Called part : parts) {
			Called last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
			if (last != null && (last.language.equals(part.language) || part.language.equals(LanguageDetection.UNKNOWN))) {
				runs.set(runs.size() - 1, new Called(new Chunk(last.chunk.text() + "\n" + part.chunk.text(),
						whole.chunk.page()), last.letters + part.letters,
						part.language.equals(LanguageDetection.UNKNOWN) || last.margin <= part.margin ? last.detection
								: part.detection));
			}
			else {
				runs.add(part);
			}
		}
		if (runs.size() <= 1) {
			return List.of(whole);
		}
		return runs;
	}

	/**
	 * Unknown segments take the language of their neighbours; a short, unsure segment whose two
	 * neighbours agree on another language takes theirs (a line of Polish names in English text).
	 */
	private static void smooth(List<Called> called) {
		for (int i = 0; i < called.size(); i++) {
			Called segment = called.get(i);
			String before = i > 0 ? called.get(i - 1).language : null;
			String after = i + 1 < called.size() ? called.get(i + 1).language : null;
			boolean unknown = segment.language.equals(LanguageDetection.UNKNOWN);
			boolean weak = segment.letters < SHORT_SEGMENT_LETTERS && segment.margin < SURE_MARGIN;
			if ((unknown || weak) && before != null && before.equals(after) && !before.equals(segment.language)
					&& !before.equals(LanguageDetection.UNKNOWN)) {
				segment.language = before;
			}
		}
	}

	/** Segments: pages, then paragraphs joined up to {@link #MIN_SEGMENT_LETTERS} and cut down. */
	static List<Chunk> chunks(String text) {
		List<Chunk> chunks = new ArrayList<>();
		String[] pages = text.split("\f", -1);
		for (int page = 0; page < pages.length; page++) {
			List<String> onPage = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			for (String paragraph : PARAGRAPH_BREAK.split(pages[page])) {
				for (String piece : cut(paragraph.strip())) {
					if (piece.isEmpty()) {
						continue;
					}
					if (!current.isEmpty()) {
						current.append("\n\n");
					}
					current.append(piece);
					if (letters(clean(current.toString())) >= MIN_SEGMENT_LETTERS) {
						onPage.add(current.toString());
						current.setLength(0);
					}
				}
			}
			if (!current.isEmpty()) {
				if (!onPage.isEmpty() && letters(clean(current.toString())) < MIN_SEGMENT_LETTERS / 2) {
					onPage.set(onPage.size() - 1, onPage.get(onPage.size() - 1) + "\n\n" + current);
				}
				else {
					onPage.add(current.toString());
				}
			}
			for (String chunk : onPage) {
				chunks.add(new Chunk(chunk, page + 1));
			}
		}
		return chunks;
	}

	private static List<String> cut(String paragraph) {
		if (paragraph.length() <= MAX_SEGMENT) {
			return List.of(paragraph);
		}
		List<String> pieces = new ArrayList<>();
		StringBuilder piece = new StringBuilder();
		for (String line : paragraph.split("\n")) {
			if (piece.length() + line.length() > MAX_SEGMENT && !piece.isEmpty()) {
				pieces.add(piece.toString());
				piece.setLength(0);
			}
			if (line.length() > MAX_SEGMENT) {
				for (int at = 0; at < line.length(); at += MAX_SEGMENT) {
					pieces.add(line.substring(at, Math.min(line.length(), at + MAX_SEGMENT)));
				}
				continue;
			}
			if (!piece.isEmpty()) {
				piece.append('\n');
			}
			piece.append(line);
		}
		if (!piece.isEmpty()) {
			pieces.add(piece.toString());
		}
		return pieces;
	}

	/** The text Lingua sees: without addresses and link targets, which are not in any language. */
	static String clean(String text) {
		return mayHaveNoise(text) ? NOISE.matcher(text).replaceAll(" ") : text;
	}

	/**
	 * Whether {@link #NOISE} can match at all: each of its alternatives needs "](", ":/", "www.",
	 * "@" with something after it, or a dot followed by a Latin letter (a domain's ending). Most paragraphs have none of
	 * them, and the regular expression, which tries every alternative at every position, was most
	 * of the CPU of a reindex (issue 9, docs/benchmarks.md); the result is the same either way.
	 */
	static boolean mayHaveNoise(String text) {
		for (int i = 0, last = text.length() - 1; i < last; i++) {
			char c = text.charAt(i);
			char next = text.charAt(i + 1);
			if (c == '@' || c == ']' && next == '(' || c == ':' && next == '/'
					|| c == '.' && (next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z'
							|| i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3))) {
				return true;
			}
		}
		return false;
	}

	private static int letters(String text) {
		return (int) text.codePoints().filter(Character::isLetter).count();
	}

	/** A segment before detection. */
	record Chunk(String text, int page) {
	}

	private static final class Called {

		final Chunk chunk;

		final int letters;

		String language;

		final double margin;

		final LanguageDetection.Detection detection;

		Called(Chunk chunk, int letters, LanguageDetection.Detection detection) {
			this.chunk = chunk;
			this.letters = letters;
			this.language = detection.language();
			this.margin = detection.margin();
			this.detection = detection;
		}
	}
}
