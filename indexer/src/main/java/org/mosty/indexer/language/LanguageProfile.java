package org.mosty.indexer.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The languages of a document.
 *
 * @param language the dominant language (most characters)
 * @param languages every language with a real share, largest first
 * @param segments the text, segment by segment, each with its language
 * @param calls the language detections this profile was made from, by segment text
 *     ({@link SegmentLanguages#profile(String, String, Map)}): kept with the text so a reindex
 *     does not run language detection again
 */
public record LanguageProfile(String language, List<String> languages, List<Segment> segments,
		Map<String, LanguageDetection.Detection> calls) {

	public LanguageProfile {
		languages = List.copyOf(languages);
		segments = List.copyOf(segments);
		calls = calls == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(calls));
	}

	public LanguageProfile(String language, List<String> languages, List<Segment> segments) {
		this(language, languages, segments, Map.of());
	}
}
