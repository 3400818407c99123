package org.mosty.indexer.language;

import java.util.List;

/**
 * The languages of a document.
 *
 * @param language the dominant language (most characters)
 * @param languages every language with a real share, largest first
 * @param segments the text, segment by segment, each with its language
 */
public record LanguageProfile(String language, List<String> languages, List<Segment> segments) {

	public LanguageProfile {
		languages = List.copyOf(languages);
		segments = List.copyOf(segments);
	}
}
