package org.mosty.indexer.extraction;

import java.util.Locale;
import java.util.Optional;

/**
 * Notices text that mixes scripts implausibly for a Polish, Ukrainian or English library: CJK (or
 * other far scripts) characters among Latin and Cyrillic text are the mark of a file read in the
 * wrong character set (issue 18: a UTF-8 file read as GB18030 became {@code pozarz膮dowych}).
 * The document is kept; editors see the warning and can upload the file again in UTF-8.
 */
final class ScriptMix {

	/** How many characters are looked at (the opening of a long text tells as much). */
	static final int SAMPLE = 200_000;

	private ScriptMix() {
	}

	/** The warning for editors, if the text mixes scripts implausibly. */
	public static Optional<String> warning(String text) {
		int latinOrCyrillic = 0;
		int far = 0;
		int end = Math.min(text.length(), SAMPLE);
		for (int i = 0; i < end; i++) {
			int c = text.codePointAt(i);
			if (Character.isSupplementaryCodePoint(c)) {
				i++;
			}
			if (!Character.isLetter(c)) {
				continue;
			}
			Character.UnicodeScript script = Character.UnicodeScript.of(c);
			switch (script) {
				case LATIN, CYRILLIC -> latinOrCyrillic++;
				case HAN, HIRAGANA, KATAKANA, HANGUL, YI, THAI, ARMENIAN, HEBREW, ARABIC, DEVANAGARI -> far++;
				default -> {
				}
			}
		}
		if (latinOrCyrillic >= 20 && far >= 3 && far * 100 >= latinOrCyrillic) {
			return Optional.of(String.format(Locale.ROOT, "the text mixes scripts implausibly (%d characters of "
					+ "other scripts among %d Latin and Cyrillic letters): the file may have been read in the wrong "
					+ "character set", far, latinOrCyrillic));
		}
		return Optional.empty();
	}
}
