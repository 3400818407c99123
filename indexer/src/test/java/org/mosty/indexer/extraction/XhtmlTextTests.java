package org.mosty.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XhtmlTextTests {

	@Test
	void pagesAreSeparatedByFormFeedsAndTheHeadIsLeftOut() {
		XhtmlText.Result result = XhtmlText.of("""
				<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Tytuł</title><meta name="x" content="y"/></head>
				<body><div class="page"><p>Strona pierwsza.</p>
				<p>Drugi akapit.</p></div>
				<div class="page"><p></p></div>
				<div class="page"><div class="ocr">Strona   trzecia z OCR.</div></div></body></html>""");
		assertThat(result.pageDivisions()).isEqualTo(3);
		assertThat(result.text()).isEqualTo("Strona pierwsza.\n\nDrugi akapit.\f\fStrona   trzecia z OCR.");
		assertThat(result.text()).doesNotContain("Tytuł");
	}

	@Test
	void textWithoutPagesHasNoFormFeedAndBlankLinesBetweenParagraphs() {
		XhtmlText.Result result = XhtmlText.of(PipesTextExtractor.xmlSafe("""
				<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>Nagłówek</h1><p>Akapit\u000Bz\tznakiem.</p>
				<p>  </p><p>Ostatni.</p></body></html>"""));
		assertThat(result.pageDivisions()).isZero();
		assertThat(result.text()).doesNotContain("\f").startsWith("Nagłówek").contains("Akapit z znakiem.")
			.endsWith("Ostatni.");
		assertThat(result.text()).doesNotContain("\n\n\n");
	}

	@Test
	void whenAParserStoppedHalfWayTheTextSoFarIsKept() {
		XhtmlText.Result result = XhtmlText.of(
				"<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><div class=\"page\"><p>Zachowany tekst.</p><div><p>Urwany");
		assertThat(result.text()).startsWith("Zachowany tekst.");
	}

	@Test
	void charactersXmlForbidsAreReplaced() {
		assertThat(PipesTextExtractor.xmlSafe("a\u0000b\u0001c\uD800d")).isEqualTo("a b c d");
		assertThat(PipesTextExtractor.xmlSafe("zwykły tekst 😀")).isEqualTo("zwykły tekst 😀");
	}

	@Test
	void snippetMarkersNeverComeFromDocuments() {
		assertThat(XhtmlText.normalise("a\uE000b\uE001c")).isEqualTo("abc");
	}
}
