package org.mosty.indexer.ingest;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What stays the same when a document is translated (issue 19, language versions): web addresses,
 * long numbers (telephone, case and account numbers), dates written with digits, and legal
 * references (EU acts as {@code 2001/55}, Polish {@code Dz.U. 2022 poz. 583}). Each anchor is a
 * short prefixed string ({@code url:…}, {@code num:…}, {@code date:…}, {@code law:…}), indexed in
 * Solr's {@code anchors} field, where documents in other languages that share rare anchors find
 * each other. At most {@value #MAX} per document, addresses and references first.
 */
final class VersionAnchors {

	static final int MAX = 400;

	private static final Pattern URL = Pattern.compile("https?://([^\\s)\\]>\"']+)", Pattern.CASE_INSENSITIVE);

	private static final Pattern EU_ACT = Pattern.compile("\\b((?:19|20)\\d{2})/(\\d{1,4})(?:/(?:EU|EC|EEC|UE|WE|EWG|ЄС|ЕС))?\\b");

	private static final Pattern DZ_U = Pattern.compile("Dz\\.\\s*U\\.?\\s*(?:z\\s*)?((?:19|20)\\d{2})\\s*(?:r\\.)?\\s*,?\\s*(?:Nr\\s*\\d+\\s*,?\\s*)?poz\\.\\s*(\\d+)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DATE_DMY = Pattern.compile("\\b(\\d{1,2})[./](\\d{1,2})[./]((?:19|20)\\d{2})\\b");

	private static final Pattern DATE_ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");

	/** Digits with the separators of telephone and account numbers between them. */
	private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d \\u00A0.\\-/()]{4,}\\d");

	private VersionAnchors() {
	}

	static Set<String> of(String text) {
		Set<String> anchors = new LinkedHashSet<>();
		if (text == null || text.isBlank()) {
			return anchors;
		}
		String rest = text;
		Matcher url = URL.matcher(text);
		while (url.find() && anchors.size() < MAX) {
			anchors.add("url:" + url(url.group(1)));
		}
		rest = URL.matcher(rest).replaceAll(" ");
		Matcher dzU = DZ_U.matcher(rest);
		while (dzU.find() && anchors.size() < MAX) {
			anchors.add("law:dzu:" + dzU.group(1) + ":" + dzU.group(2));
		}
		Matcher eu = EU_ACT.matcher(rest);
		while (eu.find() && anchors.size() < MAX) {
			anchors.add("law:" + eu.group(1) + "/" + eu.group(2));
		}
		Matcher dmy = DATE_DMY.matcher(rest);
		while (dmy.find() && anchors.size() < MAX) {
			date(anchors, dmy.group(3), dmy.group(2), dmy.group(1));
		}
		Matcher iso = DATE_ISO.matcher(rest);
		while (iso.find() && anchors.size() < MAX) {
			date(anchors, iso.group(1), iso.group(2), iso.group(3));
		}
		String withoutDates = DATE_ISO.matcher(DATE_DMY.matcher(rest).replaceAll(" ")).replaceAll(" ");
		Matcher number = NUMBER.matcher(withoutDates);
		while (number.find() && anchors.size() < MAX) {
			String digits = number.group().replaceAll("\\D", "");
			// five digits or more: shorter numbers (years, counts, page numbers) are common to unrelated documents
			if (digits.length() >= 5 && digits.length() <= 20) {
				anchors.add("num:" + digits);
			}
		}
		return anchors;
	}

	/** Host without {@code www.} and path, lower-case, without a trailing slash or a language suffix. */
	static String url(String raw) {
		String address = raw.toLowerCase(Locale.ROOT).replaceAll("[.,;:!?]+$", "");
		int hash = address.indexOf('#');
		if (hash >= 0) {
			address = address.substring(0, hash);
		}
		address = address.replaceFirst("^www\\.", "").replaceAll("/+$", "");
		// the same page in another language often differs only by a suffix: _uk, -en, /ru
		return address.replaceAll("([_/-])(pl|uk|ua|en|ru)$", "");
	}

	private static void date(Set<String> anchors, String year, String month, String day) {
		int m = Integer.parseInt(month);
		int d = Integer.parseInt(day);
		if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
			anchors.add(String.format(Locale.ROOT, "date:%s-%02d-%02d", year, m, d));
		}
	}
}
