package org.mosty.indexer.intake;

import java.text.Normalizer;

/**
 * The name an editor's file is shown and downloaded under. Only the last path segment is kept,
 * control and path characters are dropped; the result is never used as a path on disk (files
 * are stored by their digest).
 */
public final class SafeFileName {

	private static final int MAX_LENGTH = 200;

	private SafeFileName() {
	}

	public static String of(String original) {
		if (original == null) {
			return "document";
		}
		String name = Normalizer.normalize(original, Normalizer.Form.NFC);
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(slash + 1);
		StringBuilder clean = new StringBuilder();
		name.codePoints()
			.filter(c -> !Character.isISOControl(c) && "<>:\"|?*".indexOf(c) < 0)
			.forEach(clean::appendCodePoint);
		String result = clean.toString().strip();
		while (result.startsWith(".")) {
			result = result.substring(1);
		}
		if (result.isBlank()) {
			return "document";
		}
		return result.length() > MAX_LENGTH ? result.substring(result.length() - MAX_LENGTH) : result;
	}
}
