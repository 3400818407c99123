package org.mosty.indexer.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Splits a document's text into paragraph segments, detects each segment's language and sums the
 * shares, so a bilingual form is recorded as bilingual and each half is analysed in its own
 * language.
 */
@Component
public class SegmentLanguages {

	/** Paragraphs shorter than this are joined with their neighbours before detection. */
	static final int MIN_SEGMENT = 160;

	/** Longer paragraphs are cut at line ends so one segment never spans pages of text. */
	static final int MAX_SEGMENT = 2000;

	/** A language counts as one of the document's languages from this share of its letters on. */
	static final double MIN_SHARE = 0.10;

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

	private final LanguageDetection detection;

	public SegmentLanguages(LanguageDetection detection) {
		this.detection = detection;
	}

	/**
	 * Profiles a text.
	 * @param text the extracted text
	 * @param fallback the language for segments that cannot be called (the declared language, or
	 *     {@code null} to use the dominant one)
	 */
	public LanguageProfile profile(String text, String fallback) {
		List<Segment> detected = new ArrayList<>();
		for (String chunk : chunks(text)) {
			detected.add(new Segment(letters(chunk) < 12 ? LanguageDetection.UNKNOWN : detection.detect(chunk), chunk));
		}
		Map<String, Integer> letters = new LinkedHashMap<>();
		for (Segment segment : detected) {
			if (!segment.language().equals(LanguageDetection.UNKNOWN)) {
				letters.merge(segment.language(), letters(segment.text()), Integer::sum);
			}
		}
		String dominant = letters.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(fallback != null ? fallback : LanguageDetection.UNKNOWN);
		int total = letters.values().stream().mapToInt(Integer::intValue).sum();
		List<String> languages = letters.entrySet()
			.stream()
			.filter(entry -> entry.getValue() >= MIN_SHARE * total)
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
			.map(Map.Entry::getKey)
			.toList();
		if (languages.isEmpty()) {
			languages = List.of(dominant);
		}
		String unknownGoesTo = fallback != null ? fallback : dominant;
		List<Segment> segments = detected.stream()
			.map(segment -> segment.language().equals(LanguageDetection.UNKNOWN)
					? new Segment(unknownGoesTo, segment.text()) : segment)
			.toList();
		return new LanguageProfile(dominant, languages, segments);
	}

	/** Paragraphs joined up to {@link #MIN_SEGMENT} and cut down to {@link #MAX_SEGMENT}. */
	static List<String> chunks(String text) {
		List<String> chunks = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String paragraph : PARAGRAPH_BREAK.split(text)) {
			for (String piece : cut(paragraph.strip())) {
				if (piece.isEmpty()) {
					continue;
				}
				if (!current.isEmpty()) {
					current.append("\n\n");
				}
				current.append(piece);
				if (current.length() >= MIN_SEGMENT) {
					chunks.add(current.toString());
					current.setLength(0);
				}
			}
		}
		if (!current.isEmpty()) {
			if (!chunks.isEmpty() && current.length() < MIN_SEGMENT / 2) {
				chunks.set(chunks.size() - 1, chunks.get(chunks.size() - 1) + "\n\n" + current);
			}
			else {
				chunks.add(current.toString());
			}
		}
		return chunks;
	}

	private static List<String> cut(String paragraph) {
		if (paragraph.length() <= MAX_SEGMENT) {
			return List.of(paragraph);
		}
		List<String> pieces = new ArrayList<>();
		StringBuilder piece = new StringBuilder();
		for (String line : paragraph.split("\n")) {
			if (piece.length() + line.length() > MAX_SEGMENT && !piece.isEmpty()) {
				pieces.add(piece.toString());
				piece.setLength(0);
			}
			if (line.length() > MAX_SEGMENT) {
				for (int at = 0; at < line.length(); at += MAX_SEGMENT) {
					pieces.add(line.substring(at, Math.min(line.length(), at + MAX_SEGMENT)));
				}
				continue;
			}
			if (!piece.isEmpty()) {
				piece.append('\n');
			}
			piece.append(line);
		}
		if (!piece.isEmpty()) {
			pieces.add(piece.toString());
		}
		return pieces;
	}

	private static int letters(String text) {
		return (int) text.codePoints().filter(Character::isLetter).count();
	}
}
