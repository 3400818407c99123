package org.mosty.indexer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Real paragraphs of the corpus library's text files (Markdown and plain text), by language
 * (pl, uk, en, known from the folder and file names), for generated documents.
 */
final class ParagraphPool {

	private static final Pattern BREAK = Pattern.compile("\\n\\s*\\n");

	private static final Pattern MARKUP = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)|[#*_>`|]+|^-{3,}$",
			Pattern.MULTILINE);

	static final int MIN_LETTERS = 80;

	static final int MAX_CHARS = 900;

	private final Map<String, List<String>> byLanguage;

	private ParagraphPool(Map<String, List<String>> byLanguage) {
		this.byLanguage = byLanguage;
	}

	static ParagraphPool load(Path library) throws IOException {
		Map<String, List<String>> byLanguage = new TreeMap<>();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(library)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path file : files) {
			String language = language(library.relativize(file).toString());
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (language == null || !(name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt"))) {
				continue;
			}
			String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r", "");
			for (String raw : BREAK.split(text)) {
				String paragraph = MARKUP.matcher(raw).replaceAll("$1").replaceAll("[ \\t]+", " ").strip();
				if (letters(paragraph) >= MIN_LETTERS) {
					byLanguage.computeIfAbsent(language, key -> new ArrayList<>())
						.add(paragraph.length() > MAX_CHARS ? cut(paragraph) : paragraph);
				}
			}
		}
		for (String language : List.of("pl", "uk", "en")) {
			if (byLanguage.getOrDefault(language, List.of()).size() < 20) {
				throw new IllegalStateException("Too few " + language + " paragraphs in " + library);
			}
		}
		return new ParagraphPool(byLanguage);
	}

	/** pl, uk or en from a path inside the library; null for other languages and unknown files. */
	static String language(String relative) {
		String path = relative.toLowerCase(Locale.ROOT).replace('\\', '/');
		String name = path.substring(path.lastIndexOf('/') + 1);
		if (name.startsWith("ru") || name.contains("-ru.")) {
			return null;
		}
		if (path.startsWith("markdown-pl/") || name.contains("-pl.")) {
			return "pl";
		}
		if (path.startsWith("text-uk/") || name.contains("-uk.") || name.startsWith("ua.")) {
			return "uk";
		}
		if (path.startsWith("markdown-en/") || name.contains("-en.") || name.startsWith("en.")) {
			return "en";
		}
		return null;
	}

	List<String> paragraphs(String language) {
		return byLanguage.get(language);
	}

	int size() {
		return byLanguage.values().stream().mapToInt(List::size).sum();
	}

	Map<String, Integer> sizes() {
		Map<String, Integer> sizes = new TreeMap<>();
		byLanguage.forEach((language, list) -> sizes.put(language, list.size()));
		return sizes;
	}

	private static String cut(String paragraph) {
		int end = paragraph.lastIndexOf(". ", MAX_CHARS);
		return paragraph.substring(0, end > MAX_CHARS / 2 ? end + 1 : MAX_CHARS).strip();
	}

	private static int letters(String text) {
		return (int) text.codePoints().filter(Character::isLetter).count();
	}
}
