package org.mosty.web.i18n;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;

import org.springframework.stereotype.Component;

/** Dates, sizes and format names as the UI shows them, in the page's language ({@code @fmt} in templates). */
@Component("fmt")
public class UiFormat {

	/** Library time: the network works in Poland. */
	static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

	/** The UI languages' integer formats, copied for each use (NumberFormat is not thread-safe). */
	private static final Map<String, NumberFormat> INTEGERS = UiLanguage.LANGUAGES.stream()
		.collect(Collectors.toUnmodifiableMap(lang -> lang,
				lang -> NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang))));

	private static final Map<String, String> FORMATS = Map.ofEntries(Map.entry("application/pdf", "PDF"),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
			Map.entry("application/msword", "DOC"), Map.entry("application/vnd.oasis.opendocument.text", "ODT"),
			Map.entry("text/html", "HTML"), Map.entry("application/xhtml+xml", "HTML"),
			Map.entry("text/plain", "TXT"), Map.entry("application/rtf", "RTF"),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX"),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
			Map.entry("application/epub+zip", "EPUB"));

	public String dateTime(Instant instant, String lang) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(Locale.forLanguageTag(lang))
			.withZone(ZONE)
			.format(instant);
	}

	public String date(LocalDate date, String lang) {
		if (date == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang)).format(date);
	}

	/**
	 * A count with the language's grouping ("12 345"). A UI language's format is a copy of the one
	 * kept (looking one up for each count was a quarter of preparing the search page).
	 */
	public String number(long value, String lang) {
		NumberFormat kept = INTEGERS.get(lang);
		NumberFormat format = kept == null ? NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang))
				: (NumberFormat) kept.clone();
		return format.format(value);
	}

	public String size(long bytes, String lang) {
		boolean uk = "uk".equals(lang);
		if (bytes < 1024) {
			return bytes + (uk ? " Б" : " B");
		}
		NumberFormat number = NumberFormat.getNumberInstance(Locale.forLanguageTag(lang));
		if (bytes < 1024 * 1024) {
			number.setMaximumFractionDigits(0);
			return number.format(bytes / 1024.0) + (uk ? " КБ" : " KB");
		}
		number.setMaximumFractionDigits(1);
		return number.format(bytes / (1024.0 * 1024.0)) + (uk ? " МБ" : " MB");
	}

	/**
	 * A duration as the language writes it (ICU4J's CLDR short units): "850 ms", "1,3 sek.",
	 * "2 min i 5 sek." in Polish, "1,3 с" in Ukrainian, "1.3 sec" in English; {@code null} or a
	 * negative value is empty.
	 */
	public String duration(Long millis, String lang) {
		if (millis == null || millis < 0) {
			return "";
		}
		ULocale locale = ULocale.forLanguageTag(lang);
		if (millis < 1000) {
			return MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.SHORT)
				.formatMeasures(new Measure(millis, MeasureUnit.MILLISECOND));
		}
		if (millis < 60_000) {
			com.ibm.icu.text.NumberFormat number = com.ibm.icu.text.NumberFormat.getNumberInstance(locale);
			number.setMaximumFractionDigits(1);
			return MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.SHORT, number)
				.formatMeasures(new Measure(millis / 1000.0, MeasureUnit.SECOND));
		}
		long seconds = Math.round(millis / 1000.0);
		return MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.SHORT)
			.formatMeasures(new Measure(seconds / 60, MeasureUnit.MINUTE), new Measure(seconds % 60, MeasureUnit.SECOND));
	}

	/** A short format name (PDF, DOCX, …) for a content type. */
	public String format(String contentType) {
		if (contentType == null) {
			return "?";
		}
		String known = FORMATS.get(contentType);
		if (known != null) {
			return known;
		}
		int slash = contentType.lastIndexOf('/');
		return contentType.substring(slash + 1).toUpperCase(Locale.ROOT);
	}

	/** The icon class of a document type ({@code report}, …); unknown types get the generic one. */
	public String icon(String type) {
		return type == null || !type.matches("[a-z-]{1,40}") ? "ti ti-other" : "ti ti-" + type;
	}
}
