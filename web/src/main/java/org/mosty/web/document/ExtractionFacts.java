package org.mosty.web.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mosty.web.i18n.UiFormat;
import org.mosty.web.i18n.Plurals;
import org.mosty.indexer.catalogue.ExtractionReport;
import org.mosty.indexer.catalogue.FailureCategory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The extraction report of a document as the editors' box shows it, in the page's language: OCR
 * and on how many pages, how long extraction took, the warnings and the failure category.
 */
@Component
class ExtractionFacts {

	/**
	 * The warnings the extractor writes (English text, no codes), each with its message: a warning
	 * none of them matches is shown as it is, marked as English.
	 */
	private static final List<Warning> WARNINGS = List.of(
			new Warning(Pattern.compile("text truncated after (\\d+) characters"),
					(facts, m, lang) -> new Text(facts.message("w.extraction.warning.truncated", lang,
							facts.format.number(Long.parseLong(m.group(1)), lang)), null)),
			new Warning(Pattern.compile("some embedded parts could not be read"),
					(facts, m, lang) -> new Text(facts.message("w.extraction.warning.embedded", lang), null)),
			new Warning(Pattern.compile("(\\d+) page\\(s\\) without a text layer were not read: OCR \\(Tesseract\\) is not available"),
					(facts, m, lang) -> new Text(
							facts.plurals.text("w.extraction.warning.noOcr", lang, Long.parseLong(m.group(1))), null)),
			// issue 18: plain text read in a character set other than UTF-8, and text that looks misread
			new Warning(Pattern.compile("character set: (\\S+) \\((detected|byte order mark)\\)"),
					(facts, m, lang) -> new Text(facts.message("w.extraction.warning.charset", lang), m.group(1))),
			new Warning(Pattern.compile("the text mixes scripts implausibly \\((\\d+) characters of other scripts "
					+ "among (\\d+) Latin and Cyrillic letters\\).*", Pattern.DOTALL),
					(facts, m, lang) -> new Text(facts.message("w.extraction.warning.scripts", lang,
							facts.format.number(Long.parseLong(m.group(1)), lang)), null)),
			// the parser's own words stay as they are (English)
			new Warning(Pattern.compile("partly unreadable: (.*)", Pattern.DOTALL),
					(facts, m, lang) -> new Text(facts.message("w.extraction.warning.partly", lang), m.group(1))));

	private final MessageSource messages;

	private final UiFormat format;

	private final Plurals plurals;

	ExtractionFacts(MessageSource messages, UiFormat format, Plurals plurals) {
		this.messages = messages;
		this.format = format;
		this.plurals = plurals;
	}

	/** What the page shows of {@code report} ({@code null} before extraction: nothing). */
	Facts of(ExtractionReport report, String lang) {
		if (report == null) {
			return null;
		}
		Locale locale = Locale.forLanguageTag(lang);
		String ocr = report.ocrUsed() || report.ocrPages() > 0
				? plurals.text("w.extraction.ocrPages", lang, report.ocrPages())
				: messages.getMessage("w.extraction.noOcr", null, locale);
		String duration = report.durationMillis() > 0 ? format.duration(report.durationMillis(), lang) : null;
		FailureCategory category = report.failureCategory();
		String failure = category == null ? null
				: messages.getMessage("w.failure." + category.name(), null, category.label(), locale);
		List<Text> warnings = new ArrayList<>();
		for (String warning : report.warnings()) {
			warnings.add(warning(warning, lang));
		}
		return new Facts(ocr, duration, failure, List.copyOf(warnings));
	}

	private Text warning(String warning, String lang) {
		String text = warning == null ? "" : warning.strip();
		for (Warning known : WARNINGS) {
			Matcher matcher = known.pattern().matcher(text);
			if (matcher.matches()) {
				return known.text().of(this, matcher, lang);
			}
		}
		return new Text(null, text);
	}

	private String message(String code, String lang, Object... arguments) {
		return messages.getMessage(code, arguments.length == 0 ? null : arguments, Locale.forLanguageTag(lang));
	}

	/**
	 * The facts: {@code ocr} ("3 pages" or "not used"), {@code duration} ({@code null} when not
	 * measured), {@code failureCategory} (a label, {@code null} unless the document failed), and
	 * the warnings.
	 */
	record Facts(String ocr, String duration, String failureCategory, List<Text> warnings) {
	}

	/**
	 * One warning: {@code text} in the page's language, and {@code english}, the extractor's own
	 * words where there is no translation (or the detail of a translated one), or {@code null}.
	 */
	record Text(String text, String english) {
	}

	/** A warning the extractor writes, and how to say it in the page's language. */
	private record Warning(Pattern pattern, Translation text) {
	}

	@FunctionalInterface
	private interface Translation {

		Text of(ExtractionFacts facts, Matcher matcher, String lang);

	}
}
