package org.mosty.indexer.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mosty.indexer.catalogue.FailureCategory;

/**
 * Plain-text files (text, Markdown, CSV) read in process with {@link TextCharsets} instead of
 * Tika's guess of their character set, which refused windows-1250, ISO-8859-2, windows-1251, KOI8-U
 * and UTF-16 files without a mark ("no parser reads files of type text/plain") and read a long
 * Polish and Ukrainian UTF-8 file as GB18030 (issue 18). Decoding bytes needs no parser that could
 * hang or crash, and at most {@code maxChars} characters (4 bytes each at most) are read.
 */
final class PlainText {

	/** The media types read here. */
	static final Set<String> TYPES = Set.of("text/plain", "text/markdown", "text/x-web-markdown", "text/csv",
			"text/tab-separated-values");

	private PlainText() {
	}

	static boolean reads(String type) {
		return TYPES.contains(type);
	}

	static Extraction extract(Path file, String type, int maxChars) throws ExtractionException {
		long started = System.nanoTime();
		byte[] bytes;
		long size;
		try {
			size = Files.size(file);
			int limit = (int) Math.min(size, (long) maxChars * 4 + 4);
			try (InputStream in = Files.newInputStream(file)) {
				bytes = in.readNBytes(limit);
			}
		}
		catch (IOException ex) {
			throw new ExtractionException(FailureCategory.MISSING_FILE, "the stored file could not be read", 0,
					List.of(), ex);
		}
		List<String> warnings = new ArrayList<>();
		boolean truncated = bytes.length < size;
		TextCharsets.Decoded decoded = TextCharsets.decode(bytes, truncated);
		String text = clean(decoded.text());
		if (text.length() > maxChars) {
			text = text.substring(0, maxChars);
			truncated = true;
		}
		if (truncated) {
			warnings.add("text truncated after " + maxChars + " characters");
		}
		if (!decoded.charset().equals(StandardCharsets.UTF_8)) {
			warnings.add("character set: " + decoded.charset().name().toLowerCase(Locale.ROOT)
					+ (decoded.byteOrderMark() ? " (byte order mark)" : " (detected)"));
		}
		long millis = (System.nanoTime() - started + 999_999) / 1_000_000; // rounded up: a read took time
		if (text.isBlank()) {
			throw new ExtractionException(FailureCategory.EMPTY_TEXT,
					size == 0 ? "the file has no bytes" : "no text could be extracted: the file holds only blanks ("
							+ type + ")", millis, warnings, null);
		}
		ScriptMix.warning(text).ifPresent(warnings::add);
		return new Extraction(text, type, null, warnings, 0, millis);
	}

	/** Line ends as {@code \n}; control characters (but tabs, line ends and page breaks) as spaces. */
	static String clean(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r') {
				out.append('\n');
				if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
			}
			else if (c == '\n' || c == '\t' || c == Extraction.PAGE_BREAK) {
				out.append(c);
			}
			else if (c < 0x20 || c >= 0x7F && c < 0xA0 || c == '\uFEFF') {
				out.append(' ');
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
