package org.mosty.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentPagesTests {

	@Test
	void formFeedsArePagesAndATrailingOneMakesNoPage() {
		assertThat(DocumentPages.pages("one\ftwo\fthree\f")).containsExactly("one", "two", "three");
		assertThat(DocumentPages.pages("")).containsExactly("");
		assertThat(DocumentPages.pages(null)).containsExactly("");
	}

	@Test
	void textWithoutPagesIsCutAtParagraphEnds() {
		String paragraph = "słowo ".repeat(500).strip(); // 2,999 characters
		List<String> pages = DocumentPages.pages(paragraph + "\n\n" + paragraph + "\n\n" + paragraph);
		assertThat(pages).hasSize(3);
		assertThat(String.join("", pages)).isEqualTo(paragraph + "\n\n" + paragraph + "\n\n" + paragraph);
		assertThat(pages).allSatisfy(page -> assertThat(page.length()).isLessThanOrEqualTo(DocumentPages.PAGE_CHARS));
	}

	@Test
	void wholeWordsAreMarkedIgnoringCaseLongestFirst() {
		List<DocumentPages.Segment> segments = DocumentPages.mark("Ochrona czasowa i ochronie; nieochrona, ochrona.",
				List.of("ochrona", "ochrona czasowa", "ochronie"));
		assertThat(segments).containsExactly(new DocumentPages.Segment("Ochrona czasowa", true),
				new DocumentPages.Segment(" i ", false), new DocumentPages.Segment("ochronie", true),
				new DocumentPages.Segment("; nieochrona, ", false), new DocumentPages.Segment("ochrona", true),
				new DocumentPages.Segment(".", false));
		assertThat(DocumentPages.mark("Тимчасовий захист", List.of("тимчасовий"))).first()
			.isEqualTo(new DocumentPages.Segment("Тимчасовий", true));
		assertThat(DocumentPages.mark("text", List.of())).containsExactly(new DocumentPages.Segment("text", false));
	}

	@Test
	void paragraphsAreSplitAtBlankLinesAndMatchesCounted() {
		assertThat(DocumentPages.paragraphs("a kiosk\nline\n\n  \nsecond kiosk", List.of("kiosk"))).hasSize(2);
		assertThat(DocumentPages.matches("kiosk, Kiosk and kiosks", List.of("kiosk"))).isEqualTo(2);
	}
}
