package org.mosty.web.i18n;

import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.PluralRules;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Counted texts with the right plural form ({@code @plural} in templates): "1 wynik, 2 wyniki,
 * 5 wyników", "1 результат, 2 результати, 5 результатів", "1 result, 2 results". ICU4J's CLDR
 * plural rules pick the category of the number ({@code one}, {@code few}, {@code many},
 * {@code other}); the message bundles hold one text per category under {@code code.category}, with
 * {@code code.other} as the fallback.
 */
@Component("plural")
public class Plurals {

	private static final Map<String, PluralRules> RULES = Map.of("pl", PluralRules.forLocale(Locale.forLanguageTag("pl")),
			"uk", PluralRules.forLocale(Locale.forLanguageTag("uk")), "en",
			PluralRules.forLocale(Locale.forLanguageTag("en")));

	private final MessageSource messages;

	private final UiFormat format;

	public Plurals(MessageSource messages, UiFormat format) {
		this.messages = messages;
		this.format = format;
	}

	/** The plural category of {@code count} in {@code lang}: {@code one}, {@code few}, {@code many} or {@code other}. */
	static String category(long count, String lang) {
		PluralRules rules = RULES.getOrDefault(lang, RULES.get("pl"));
		return rules.select(count);
	}

	/**
	 * The text {@code code} for {@code count} in {@code lang}: {@code {0}} is the count written in
	 * the language ({@link UiFormat#number}), {@code {1}}… are {@code more}.
	 */
	public String text(String code, String lang, long count, Object... more) {
		Object[] arguments = new Object[more.length + 1];
		arguments[0] = format.number(count, lang);
		System.arraycopy(more, 0, arguments, 1, more.length);
		Locale locale = Locale.forLanguageTag(lang);
		try {
			return messages.getMessage(code + "." + category(count, lang), arguments, locale);
		}
		catch (NoSuchMessageException ex) {
			return messages.getMessage(code + ".other", arguments, locale);
		}
	}
}
