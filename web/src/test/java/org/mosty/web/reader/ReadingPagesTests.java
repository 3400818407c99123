package org.mosty.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReadingPagesTests {

	@Test
	void formFeedsArePagesAndATrailingOneMakesNoPage() {
		assertThat(ReadingPages.pages("one\ftwo\fthree\f")).containsExactly("one", "two", "three");
		assertThat(ReadingPages.pages("")).containsExactly("");
		assertThat(ReadingPages.pages(null)).containsExactly("");
	}

	@Test
	void textWithoutPagesIsCutAtParagraphEnds() {
		String paragraph = "słowo ".repeat(500).strip(); // 2,999 characters
		List<String> pages = ReadingPages.pages(paragraph + "\n\n" + paragraph + "\n\n" + paragraph);
		assertThat(pages).hasSize(3);
		assertThat(String.join("", pages)).isEqualTo(paragraph + "\n\n" + paragraph + "\n\n" + paragraph);
		assertThat(pages).allSatisfy(page -> assertThat(page.length()).isLessThanOrEqualTo(ReadingPages.PAGE_CHARS));
	}

	@Test
	void wholeWordsAreMarkedIgnoringCaseLongestFirst() {
		List<ReadingPages.Segment> segments = ReadingPages.mark("Ochrona czasowa i ochronie; nieochrona, ochrona.",
				List.of("ochrona", "ochrona czasowa", "ochronie"));
		assertThat(segments).containsExactly(new ReadingPages.Segment("Ochrona czasowa", true),
				new ReadingPages.Segment(" i ", false), new ReadingPages.Segment("ochronie", true),
				new ReadingPages.Segment("; nieochrona, ", false), new ReadingPages.Segment("ochrona", true),
				new ReadingPages.Segment(".", false));
		assertThat(ReadingPages.mark("Тимчасовий захист", List.of("тимчасовий"))).first()
			.isEqualTo(new ReadingPages.Segment("Тимчасовий", true));
		assertThat(ReadingPages.mark("text", List.of())).containsExactly(new ReadingPages.Segment("text", false));
	}

	@Test
	void paragraphsAreSplitAtBlankLinesAndMatchesCounted() {
		assertThat(ReadingPages.paragraphs("a kiosk\nline\n\n  \nsecond kiosk", List.of("kiosk"))).hasSize(2);
		assertThat(ReadingPages.matches("kiosk, Kiosk and kiosks", List.of("kiosk"))).isEqualTo(2);
	}
}
