package org.mosty.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts as each UI language writes them, also when the format is reused. */
class UiFormatTests {

	final UiFormat format = new UiFormat();

	@Test
	void countsAreGroupedAsEachLanguageGroupsThem() {
		for (int round = 0; round < 2; round++) { // the second round reuses the kept formats
			assertThat(format.number(12345, "en")).isEqualTo("12,345");
			assertThat(format.number(12345, "pl")).isEqualTo("12\u00a0345");
			assertThat(format.number(1234567, "uk")).isEqualTo("1\u00a0234\u00a0567");
			assertThat(format.number(7, "pl")).isEqualTo("7");
		}
	}

	@Test
	void otherLanguageTagsAreFormattedWithoutBeingKept() {
		assertThat(format.number(12345, "de")).isEqualTo("12.345");
		assertThat(format.number(12345, "de")).isEqualTo("12.345");
	}
}
