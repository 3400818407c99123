package org.mosty.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mosty.indexer.language.Segment;

class SummaryTests {

	@Test
	void theOpeningOfTheTextInTheDocumentsLanguage() {
		List<Segment> segments = List.of(new Segment("en", "Summary in English."),
				new Segment("pl", "Wstęp."), new Segment("pl", "Pomoc prawna dla uchodźców."));
		assertThat(Summary.of(segments, "pl")).isEqualTo("Wstęp.\nPomoc prawna dla uchodźców.");
		assertThat(Summary.of(segments, "uk")).startsWith("Summary in English.\nWstęp.");
	}

	@Test
	void aLongTextIsCutAtASpaceWithAnEllipsis() {
		String word = "uchodźców ";
		String summary = Summary.of(List.of(new Segment("pl", word.repeat(100))), "pl");
		assertThat(summary).hasSizeLessThanOrEqualTo(Summary.MAX_CHARS + 1).endsWith("uchodźców…");
	}

	@Test
	void pageMarkersStaySoTheSnippetKnowsItsPage() {
		assertThat(Summary.of(List.of(new Segment("pl", "\uE003\uE011Strona pierwsza")), "pl"))
			.isEqualTo("\uE003\uE011Strona pierwsza");
	}

	@Test
	void noTextNoSummary() {
		assertThat(Summary.of(List.of(), "pl")).isNull();
		assertThat(Summary.of(List.of(new Segment("pl", "  ")), "pl")).isNull();
	}
}
