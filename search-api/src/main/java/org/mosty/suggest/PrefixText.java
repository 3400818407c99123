package org.mosty.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The same normalisation as the {@code text_suggest} field type in Java: words, lower case,
 * one apostrophe, Latin letters folded to ASCII (Cyrillic untouched), so a topic label can be
 * matched like a title.
 */
final class PrefixText {

	private PrefixText() {
	}

	/** The words of a text, normalised. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		String lower = text.toLowerCase(Locale.ROOT);
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (c == '\u2019' || c == '\u02BC' || c == '`') {
				c = '\'';
			}
			if (Character.isLetterOrDigit(c) || (c == '\'' && !word.isEmpty())
					|| Character.getType(c) == Character.NON_SPACING_MARK) {
				word.append(c);
			}
			else if (!word.isEmpty()) {
				words.add(fold(word));
				word.setLength(0);
			}
		}
		if (!word.isEmpty()) {
			words.add(fold(word));
		}
		return words;
	}

	/**
	 * The user's prefix as a query for the {@code /suggest} handler: words only, lower case (so no
	 * AND/OR/NOT operators), nothing edismax could read as syntax.
	 */
	static String query(String prefix) {
		StringBuilder query = new StringBuilder();
		String lower = prefix.toLowerCase(Locale.ROOT);
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			boolean apostrophe = c == '\'' || c == '\u2019' || c == '\u02BC';
			boolean keep = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
					|| (apostrophe && i > 0 && Character.isLetter(lower.charAt(i - 1)));
			query.append(keep ? c : ' ');
		}
		return query.toString().replaceAll("\\s+", " ").strip();
	}

	/** Whether every word of the prefix starts a word of the text (both normalised). */
	static boolean matches(List<String> prefixWords, List<String> textWords) {
		if (prefixWords.isEmpty()) {
			return false;
		}
		for (String prefix : prefixWords) {
			if (textWords.stream().noneMatch(word -> word.startsWith(prefix))) {
				return false;
			}
		}
		return true;
	}

	/** Whether the text's normalised form begins with the prefix's words. */
	static boolean startsWith(List<String> textWords, List<String> prefixWords) {
		if (prefixWords.isEmpty() || prefixWords.size() > textWords.size()) {
			return false;
		}
		for (int i = 0; i < prefixWords.size(); i++) {
			boolean last = i == prefixWords.size() - 1;
			String word = textWords.get(i);
			if (last ? !word.startsWith(prefixWords.get(i)) : !word.equals(prefixWords.get(i))) {
				return false;
			}
		}
		return true;
	}

	private static String fold(CharSequence word) {
		char[] input = word.toString().toCharArray();
		char[] output = new char[input.length * 4];
		int length = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length);
		return new String(output, 0, length);
	}
}
