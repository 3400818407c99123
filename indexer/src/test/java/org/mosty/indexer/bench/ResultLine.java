package org.mosty.indexer.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one machine-readable line a benchmark ends with:
 * {@code RESULT <name> key=value key=value …}, keys in the order given, decimals with a dot
 * whatever the default locale.
 */
final class ResultLine {

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9._:-]+");

	private final String name;

	private final Map<String, String> values = new LinkedHashMap<>();

	ResultLine(String name) {
		if (!KEY.matcher(name).matches()) {
			throw new IllegalArgumentException("bad benchmark name: " + name);
		}
		this.name = name;
	}

	ResultLine add(String key, double value, int decimals) {
		return put(key, String.format(Locale.ROOT, "%." + decimals + "f", value));
	}

	ResultLine add(String key, long value) {
		return put(key, Long.toString(value));
	}

	/** A value that is a word: letters, digits and {@code . _ : -}, such as a setting's name and value. */
	ResultLine word(String key, String value) {
		if (!WORD.matcher(value).matches()) {
			throw new IllegalArgumentException("not a word: " + value);
		}
		return put(key, value);
	}

	private ResultLine put(String key, String value) {
		if (!KEY.matcher(key).matches() || values.containsKey(key)) {
			throw new IllegalArgumentException("bad or repeated key: " + key);
		}
		values.put(key, value);
		return this;
	}

	@Override
	public String toString() {
		StringBuilder line = new StringBuilder("RESULT ").append(name);
		values.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
		return line.toString();
	}
}
