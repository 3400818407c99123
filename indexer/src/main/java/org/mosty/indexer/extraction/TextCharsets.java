package org.mosty.indexer.extraction;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Decodes the bytes of a plain-text file (text, Markdown, CSV) whatever the character set Polish
 * and Ukrainian files really use (issue 18): a byte order mark is honoured; valid UTF-8 is UTF-8;
 * otherwise the candidate that makes the most plausible Polish, Ukrainian or English text wins
 * among UTF-16 LE/BE without a mark, windows-1250, ISO-8859-2, windows-1251, KOI8-U and CP866.
 * Plausibility ({@link #plausibility}) rewards letters of those alphabets, mostly lower case, and
 * penalises control characters, replacement characters, symbols and letters of other alphabets and
 * scripts, and case patterns no word has: what a wrong 8-bit table or a wrong byte order produces.
 */
final class TextCharsets {

	/** The 8-bit and byte-order candidates, in the order that wins a tie. */
	static final List<Charset> CANDIDATES = List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
			Charset.forName("windows-1250"), Charset.forName("ISO-8859-2"),
			Charset.forName("windows-1251"), Charset.forName("KOI8-U"), Charset.forName("IBM866"));

	/** How many bytes the candidates are judged on (the whole file is decoded with the winner). */
	static final int SAMPLE_BYTES = 64 * 1024;

	private static final String POLISH = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";

	private static final String COMMON_CYRILLIC = "оаніевтрсилкудмпзяьгбчйхжшюцщфєїґ";

	/** Where a wrong 8-bit table puts symbols and letters of other alphabets. */
	private static final Set<Character.UnicodeBlock> WRONG_TABLE_BLOCKS = Set.of(
			Character.UnicodeBlock.LATIN_1_SUPPLEMENT, Character.UnicodeBlock.LATIN_EXTENDED_A,
			Character.UnicodeBlock.CYRILLIC, Character.UnicodeBlock.BOX_DRAWING, Character.UnicodeBlock.BLOCK_ELEMENTS,
			Character.UnicodeBlock.SPACING_MODIFIER_LETTERS, Character.UnicodeBlock.MATHEMATICAL_OPERATORS,
			Character.UnicodeBlock.GENERAL_PUNCTUATION, Character.UnicodeBlock.LETTERLIKE_SYMBOLS);

	private static final String TYPOGRAPHY = "„”“«»–—…’‘•§°№©®\u00A0";

	private TextCharsets() {
	}

	/** Decoded text and the character set it was read in. */
	public record Decoded(String text, Charset charset, boolean byteOrderMark) {
	}

	/** Decodes a whole file. */
	public static Decoded decode(byte[] bytes) {
		return decode(bytes, false);
	}

	/**
	 * Decodes a file, or its beginning when {@code truncated} (then a UTF-8 sequence cut at the end
	 * does not make the file look like another character set).
	 */
	/** Whether the bytes start with a UTF-8 or UTF-16 byte order mark. */
	static boolean hasByteOrderMark(byte[] bytes) {
		return startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
	}

	public static Decoded decode(byte[] bytes, boolean truncated) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true);
		}
		String utf8 = strict(bytes, StandardCharsets.UTF_8);
		for (int cut = 1; utf8 == null && truncated && cut <= 3 && cut < bytes.length; cut++) {
			utf8 = strict(java.util.Arrays.copyOf(bytes, bytes.length - cut), StandardCharsets.UTF_8);
		}
		if (utf8 != null && !hasControlCharacters(utf8)) {
			return new Decoded(utf8, StandardCharsets.UTF_8, false);
		}
		byte[] sample = bytes.length <= SAMPLE_BYTES ? bytes : java.util.Arrays.copyOf(bytes, SAMPLE_BYTES);
		// valid UTF-8 with control characters: UTF-16 without a mark is valid UTF-8 when its high bytes are low
		Charset best = utf8 != null ? StandardCharsets.UTF_8 : null;
		double bestScore = utf8 != null ? plausibility(lenient(sample, 0, StandardCharsets.UTF_8))
				: Double.NEGATIVE_INFINITY;
		for (Charset candidate : CANDIDATES) {
			double score = plausibility(lenient(sample, 0, candidate));
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return new Decoded(lenient(bytes, 0, best), best, false);
	}

	// text has no C0 control characters but tabs, line and page breaks; UTF-16 read as UTF-8 has many
	private static boolean hasControlCharacters(String text) {
		int end = Math.min(text.length(), SAMPLE_BYTES);
		for (int i = 0; i < end; i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
				return true;
			}
		}
		return false;
	}

	/**
	 * How plausible a decoded text is as Polish, Ukrainian or English (higher is better), per
	 * character: +1 for letters of those alphabets in lower case, digits, spaces and ASCII
	 * punctuation; less for upper case; −3 for symbols and letters of other alphabets; −5 for
	 * other scripts (what a wrong byte order gives); −10 for control and replacement characters; −2
	 * for each word where a lower-case letter is followed by an upper-case one, and −4 for each word
	 * that mixes Latin and Cyrillic letters (Polish letters read through a Cyrillic table).
	 */
	static double plausibility(String text) {
		double score = 0;
		boolean previousLower = false;
		boolean wordPenalised = false;
		boolean wordLatin = false;
		boolean wordCyrillic = false;
		boolean wordMixed = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean letter = Character.isLetter(c);
			if (!letter) {
				previousLower = false;
				wordPenalised = false;
				wordLatin = false;
				wordCyrillic = false;
				wordMixed = false;
			}
			if (c < 0x80) {
				if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c >= 0x20 && c < 0x7F) {
					score += Character.isUpperCase(c) ? 0.5 : 1;
				}
				else {
					score -= 10; // C0 controls, DEL
				}
			}
			else if (c < 0xA0 || c == '\uFFFD') {
				score -= 10; // C1 controls, undecodable bytes
			}
			else if (POLISH.indexOf(c) >= 0) {
				score += Character.isUpperCase(c) ? 0.5 : 1;
			}
			else if (isUkrainianOrRussianLetter(c)) {
				char lower = Character.toLowerCase(c);
				score += (Character.isUpperCase(c) ? 0.5 : 1) + (COMMON_CYRILLIC.indexOf(lower) >= 0 ? 0.25 : 0);
			}
			else if (TYPOGRAPHY.indexOf(c) >= 0) {
				score += 0.5;
			}
			else if (isWrongTableBlock(Character.UnicodeBlock.of(c))) {
				score -= 3; // a symbol or a letter of another alphabet: a wrong 8-bit table
			}
			else {
				score -= 5; // another script altogether: a wrong byte order
			}
			if (letter) {
				Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
				wordCyrillic |= block == Character.UnicodeBlock.CYRILLIC;
				wordLatin |= block != Character.UnicodeBlock.CYRILLIC;
				if (wordLatin && wordCyrillic && !wordMixed) {
					score -= 4;
					wordMixed = true;
				}
				boolean lower = Character.isLowerCase(c);
				if (!lower && previousLower && !wordPenalised) {
					score -= 2;
					wordPenalised = true;
				}
				previousLower = lower;
			}
		}
		return score;
	}

	// an unassigned code point has no block (null): another script, not a wrong table
	private static boolean isWrongTableBlock(Character.UnicodeBlock block) {
		return block != null && WRONG_TABLE_BLOCKS.contains(block);
	}

	private static boolean isUkrainianOrRussianLetter(char c) {
		return c >= 'А' && c <= 'я' || "іїєґІЇЄҐёЁ".indexOf(c) >= 0;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String strict(byte[] bytes, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
			return chars.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static String lenient(byte[] bytes, int offset, Charset charset) {
		return new String(bytes, offset, bytes.length - offset, charset);
	}
}
