package org.mosty.indexer.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HTML that does not say its character set (no byte order mark, no {@code charset=} in its opening)
 * is decoded by {@link TextCharsets} and handed to the parser as a UTF-8 copy that says so, instead
 * of letting the parser guess (issue 18: a guess read UTF-8 Polish and Ukrainian as GB18030, and
 * windows-1250 and KOI8-U as garbage). HTML that declares its character set is parsed as it is.
 */
final class HtmlCharsets {

	static final Set<String> TYPES = Set.of("text/html", "application/xhtml+xml");

	/** Larger pages are left to the parser's own reading (they are read into memory here). */
	static final long MAX_BYTES = 16L * 1024 * 1024;

	private static final Pattern DECLARED = Pattern.compile("(?i)(charset\\s*=|encoding\\s*=)");

	private HtmlCharsets() {
	}

	/**
	 * A UTF-8 copy of the page, in {@code dir}, that declares UTF-8: for a page that declares no
	 * character set; empty when it declares its own (or has a byte order mark) or is too large.
	 * The caller deletes the copy.
	 */
	static Optional<Path> declaredCopy(Path html, Path dir) throws IOException {
		long size = Files.size(html);
		if (size == 0 || size > MAX_BYTES) {
			return Optional.empty();
		}
		byte[] head;
		try (InputStream in = Files.newInputStream(html)) {
			head = in.readNBytes(4096);
		}
		if (TextCharsets.hasByteOrderMark(head) || DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1)).find()) {
			return Optional.empty();
		}
		TextCharsets.Decoded decoded = TextCharsets.decode(Files.readAllBytes(html));
		Files.createDirectories(dir);
		Path copy = Files.createTempFile(dir, "page-", ".html.part");
		Files.writeString(copy, "<meta charset=\"utf-8\">\n" + decoded.text(), StandardCharsets.UTF_8);
		return Optional.of(copy);
	}

	static boolean reads(String type) {
		return TYPES.contains(type.toLowerCase(Locale.ROOT));
	}
}
