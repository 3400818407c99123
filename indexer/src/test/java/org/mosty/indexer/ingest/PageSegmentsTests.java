package org.mosty.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mosty.indexer.language.Segment;
import org.mosty.solr.PageMarkers;

class PageSegmentsTests {

	@Test
	void textWithoutFormFeedsIsLeftAlone() {
		List<Segment> segments = List.of(new Segment("pl", "Ala ma kota.\nKot ma Alę."));
		assertThat(PageSegments.mark("Ala ma kota.\nKot ma Alę.", segments)).isSameAs(segments);
	}

	@Test
	void everyLineKnowsItsPageAndMarkersStripAway() {
		String text = "First page line one.\nFirst page line two.\n\n\fSecond page.\n\f\fFourth page line.\nMore.";
		List<Segment> segments = List.of(new Segment("en", "First page line one.\nFirst page line two."),
				new Segment("en", "Second page."), new Segment("en", "Fourth page line.\nMore."));
		List<Segment> marked = PageSegments.mark(text, segments);

		assertThat(marked).extracting(Segment::language).containsOnly("en");
		for (int i = 0; i < segments.size(); i++) {
			assertThat(PageMarkers.strip(marked.get(i).text())).isEqualTo(segments.get(i).text());
		}
		String first = marked.get(0).text();
		assertThat(PageMarkers.pageAt(first, first.indexOf("line two"))).isEqualTo(1);
		assertThat(PageMarkers.pageAt(marked.get(1).text(), 3)).isEqualTo(2);
		String fourth = marked.get(2).text();
		assertThat(PageMarkers.pageAt(fourth, fourth.indexOf("More"))).isEqualTo(4);
		assertThat(fourth).startsWith(PageMarkers.marker(4, true));
	}

	@Test
	void aLongLineIsMarkedAgainAndAFormFeedInsideALineStartsAPage() {
		String longLine = "word ".repeat(100).strip();
		String text = longLine + "\fnext page starts inside the line";
		List<Segment> marked = PageSegments.mark(text, List.of(new Segment("en", text)));
		String value = marked.get(0).text();
		assertThat(value.chars().filter(c -> c == PageMarkers.LINE).count()).isGreaterThanOrEqualTo(3);
		// a snippet cut from the middle of the long line still finds a marker
		String middle = value.substring(value.length() / 3, value.length() / 3 + 200);
		assertThat(PageMarkers.pageAt(middle, 100)).isEqualTo(1);
		assertThat(PageMarkers.pageAt(value, value.indexOf("next page"))).isEqualTo(2);
	}

	@Test
	void aSnippetThatBeginsBeforeTheFirstMarkerTakesThePageBeforeAPageStart() {
		String snippet = "end of page two " + PageMarkers.marker(3, true) + "top of three";
		assertThat(PageMarkers.pageAt(snippet, 2)).isEqualTo(2);
		assertThat(PageMarkers.pageAt(snippet, snippet.indexOf("three"))).isEqualTo(3);
		assertThat(PageMarkers.pageAt("no markers at all", 3)).isNull();
		assertThat(PageMarkers.marker(123, false)).hasSize(4);
	}

	@Test
	void aLineThatCannotBeFoundKeepsThePageOfTheLineBefore() {
		String text = "Page one.\n\fPage two line.\nSecond line.";
		List<Segment> marked = PageSegments.mark(text,
				List.of(new Segment("en", "Page two line."), new Segment("en", "Reshaped  by   segmentation.")));
		String second = marked.get(1).text();
		assertThat(PageMarkers.pageAt(second, second.indexOf("Reshaped"))).isEqualTo(2);
	}
}
