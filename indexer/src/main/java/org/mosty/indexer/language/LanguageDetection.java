package org.mosty.indexer.language;

import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.springframework.stereotype.Component;

/**
 * Lingua restricted to the library's languages (pl, uk, en) plus those they are confused with
 * (ru, be, cs, sk, de) and French (Polish official forms are often pl/en/fr/ru): without Russian
 * and Belarusian in the set, Russian text is called Ukrainian every time. The text's script picks
 * the candidate set first (Cyrillic or Latin). Thread-safe; one instance is shared.
 */
@Component
public class LanguageDetection {

	/** The code returned when a text is too short or too ambiguous to call. */
	public static final String UNKNOWN = "und";

	/** Lingua reads at most this much of a text; more adds time, not accuracy. */
	private static final int MAX_SAMPLE = 1000;

	/** A text is called in one script's languages only when this share of its letters is in it. */
	private static final double SCRIPT_SHARE = 0.75;

	private static final Language[] CYRILLIC = { Language.UKRAINIAN, Language.RUSSIAN, Language.BELARUSIAN };

	private static final Language[] LATIN = { Language.POLISH, Language.ENGLISH, Language.CZECH, Language.SLOVAK,
			Language.GERMAN, Language.FRENCH };

	// Lingua shares its language models between detectors, so three detectors cost one set of models
	private final LanguageDetector all = LanguageDetectorBuilder.fromLanguages(concat(CYRILLIC, LATIN)).build();

	private final LanguageDetector cyrillic = LanguageDetectorBuilder.fromLanguages(CYRILLIC).build();

	private final LanguageDetector latin = LanguageDetectorBuilder.fromLanguages(LATIN).build();

	/**
	 * A detected language with its margin over the runner-up: Lingua's confidence values are
	 * relative (the best is 1.0), so the margin is 1 minus the runner-up's value; 0 means a tie.
	 */
	public record Detection(String language, double margin, Map<String, Double> confidences) {

		public Detection(String language, double margin) {
			this(language, margin, Map.of());
		}

		/** The relative confidence (best = 1.0) of a language for this text; 0 if not a candidate. */
		public double confidence(String code) {
			return confidences.getOrDefault(code, 0.0);
		}
	}

	/** The ISO 639-1 code of the text's language, or {@link #UNKNOWN}. */
	public String detect(CharSequence text) {
		return detectWithMargin(text).language();
	}

	/** The text's language and how clearly it beat the runner-up. */
	public Detection detectWithMargin(CharSequence text) {
		String sample = text.length() > MAX_SAMPLE ? text.subSequence(0, MAX_SAMPLE).toString() : text.toString();
		SortedMap<Language, Double> values = detectorFor(sample).computeLanguageConfidenceValues(sample);
		if (values.isEmpty()) {
			return new Detection(UNKNOWN, 0);
		}
		// the map is sorted by descending confidence
		var entries = values.entrySet().iterator();
		Map.Entry<Language, Double> best = entries.next();
		double second = entries.hasNext() ? entries.next().getValue() : 0;
		if (best.getKey() == Language.UNKNOWN || best.getValue() <= 0) {
			return new Detection(UNKNOWN, 0);
		}
		if (second >= best.getValue()) {
			// Lingua's own rule: a tie is unknown
			return new Detection(UNKNOWN, 0);
		}
		Map<String, Double> confidences = new java.util.HashMap<>();
		values.forEach((language, value) -> {
			if (language != Language.UNKNOWN) {
				confidences.put(code(language), value / best.getValue());
			}
		});
		return new Detection(code(best.getKey()), 1 - second / best.getValue(), Map.copyOf(confidences));
	}

	/**
	 * The detector for a text's script: Ukrainian text with a few Latin names in it is still
	 * called among Cyrillic languages only (Lingua's own alphabet rule gives up on mixed scripts).
	 */
	private LanguageDetector detectorFor(String text) {
		int cyrillicLetters = 0;
		int latinLetters = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetter(c)) {
				Character.UnicodeScript script = Character.UnicodeScript.of(c);
				if (script == Character.UnicodeScript.CYRILLIC) {
					cyrillicLetters++;
				}
				else if (script == Character.UnicodeScript.LATIN) {
					latinLetters++;
				}
			}
		}
		int letters = cyrillicLetters + latinLetters;
		if (letters > 0 && cyrillicLetters >= SCRIPT_SHARE * letters) {
			return cyrillic;
		}
		if (letters > 0 && latinLetters >= SCRIPT_SHARE * letters) {
			return latin;
		}
		return all;
	}

	private static Language[] concat(Language[] first, Language[] second) {
		Language[] result = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, result, first.length, second.length);
		return result;
	}

	private static String code(Language language) {
		return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
	}
}
