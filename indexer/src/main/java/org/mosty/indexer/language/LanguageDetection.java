package org.mosty.indexer.language;

import java.util.Locale;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.springframework.stereotype.Component;

/**
 * Lingua restricted to the library's languages (pl, uk, en) plus those they are confused with
 * (ru, be, cs, sk, de): without Russian and Belarusian in the set, Russian text is called
 * Ukrainian every time. One detector, shared: it is thread-safe.
 */
@Component
public class LanguageDetection {

	/** The code returned when a text is too short or too ambiguous to call. */
	public static final String UNKNOWN = "und";

	/** Lingua reads at most this much of a text; more adds time, not accuracy. */
	private static final int MAX_SAMPLE = 1000;

	private final LanguageDetector detector = LanguageDetectorBuilder
		.fromLanguages(Language.POLISH, Language.UKRAINIAN, Language.ENGLISH, Language.RUSSIAN, Language.BELARUSIAN,
				Language.CZECH, Language.SLOVAK, Language.GERMAN)
		.build();

	/** The ISO 639-1 code of the text's language, or {@link #UNKNOWN}. */
	public String detect(CharSequence text) {
		String sample = text.length() > MAX_SAMPLE ? text.subSequence(0, MAX_SAMPLE).toString() : text.toString();
		Language language = detector.detectLanguageOf(sample);
		if (language == Language.UNKNOWN) {
			return UNKNOWN;
		}
		return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
	}
}
