package org.mosty.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTests {

	@Test
	void escapesEverythingAndTurnsOnlyTheMarkersIntoMark() {
		String raw = "<script>alert(1)</script> \uE000uchodźcy\uE001 & \"x\" <mark>fake</mark>";
		assertThat(Snippets.toHtml(raw)).isEqualTo(
				"&lt;script&gt;alert(1)&lt;/script&gt; <mark>uchodźcy</mark> &amp; &quot;x&quot; &lt;mark&gt;fake&lt;/mark&gt;");
	}

	@Test
	void escapesAsSpringsHtmlEscapeDoesWhateverTheScript() {
		String text = "O'Neil & \"Друзі\" <b>zażółć</b> > ї ґ © \u00a0 tab\tend";
		assertThat(Snippets.toHtml(text))
			.isEqualTo(org.springframework.web.util.HtmlUtils.htmlEscape(text.strip(), "UTF-8"));
	}

	@Test
	void unbalancedMarkersNeverLeaveAnOpenTag() {
		assertThat(Snippets.toHtml("\uE000open")).isEqualTo("<mark>open</mark>");
		assertThat(Snippets.toHtml("close\uE001 \uE001")).isEqualTo("close ");
	}

	@Test
	void pageMarkersGiveThePageOfTheFirstMatchAndNeverReachTheHtml() {
		String raw = "\uE002\uE014end of page four \uE003\uE015top of \uE000five\uE001 and more";
		SearchResult.Snippet snippet = Snippets.of(raw);
		assertThat(snippet.text()).isEqualTo("end of page four top of <mark>five</mark> and more");
		assertThat(snippet.page()).isEqualTo(5);
		assertThat(Snippets.of("no pages \uE000here\uE001").page()).isNull();
	}

	@Test
	void matchingPassagesComeBeforeSummariesAndTheDocumentsLanguageFirst() {
		var highlights = java.util.Map.of("text_pl", java.util.List.of("polski \uE000wstęp\uE001"), "text_uk",
				java.util.List.of("український \uE000пункт\uE001", "ще \uE000пункт\uE001"));
		assertThat(SearchService.snippets(highlights, "uk", "початок тексту")).extracting(SearchResult.Snippet::text)
			.containsExactly("український <mark>пункт</mark>", "ще <mark>пункт</mark>", "polski <mark>wstęp</mark>");
		assertThat(SearchService.snippets(java.util.Map.of(), "pl", "Początek <tekstu> \uE003\uE011dokumentu"))
			.containsExactly(new SearchResult.Snippet("Początek &lt;tekstu&gt; dokumentu", 1));
		assertThat(SearchService.snippets(java.util.Map.of(), "pl", null)).isEmpty();
	}
}
