package org.mosty.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Counted texts with the application's own message bundles. */
class PluralsTests {

	/** The bundles as the application configures them (spring.messages.*). */
	static ResourceBundleMessageSource messages() {
		return TestMessages.bundles();
	}

	final UiFormat format = new UiFormat();

	final Plurals plurals = new Plurals(messages(), format);

	@Test
	void polishHasOneFewAndMany() {
		assertThat(plurals.text("w.results", "pl", 1)).isEqualTo("1 wynik");
		assertThat(plurals.text("w.results", "pl", 2)).isEqualTo("2 wyniki");
		assertThat(plurals.text("w.results", "pl", 5)).isEqualTo("5 wyników");
		assertThat(plurals.text("w.results", "pl", 22)).isEqualTo("22 wyniki");
		assertThat(plurals.text("w.results", "pl", 12)).isEqualTo("12 wyników");
		assertThat(plurals.text("w.results", "pl", 21)).isEqualTo("21 wyników");
		assertThat(plurals.text("w.results", "pl", 0)).isEqualTo("0 wyników");
	}

	@Test
	void ukrainianHasOneFewAndMany() {
		assertThat(plurals.text("w.results", "uk", 1)).isEqualTo("1 результат");
		assertThat(plurals.text("w.results", "uk", 2)).isEqualTo("2 результати");
		assertThat(plurals.text("w.results", "uk", 5)).isEqualTo("5 результатів");
		assertThat(plurals.text("w.results", "uk", 22)).isEqualTo("22 результати");
		assertThat(plurals.text("w.results", "uk", 21)).isEqualTo("21 результат");
		assertThat(plurals.text("w.results", "uk", 11)).isEqualTo("11 результатів");
	}

	@Test
	void englishHasOneAndOther() {
		assertThat(plurals.text("w.results", "en", 1)).isEqualTo("1 result");
		assertThat(plurals.text("w.results", "en", 2)).isEqualTo("2 results");
		assertThat(plurals.text("w.results", "en", 22)).isEqualTo("22 results");
	}

	@Test
	void moreArgumentsFollowTheCount() {
		assertThat(plurals.text("w.year.only", "pl", 3, "2024")).isEqualTo("tylko 2024: 3 wyniki");
		assertThat(plurals.text("w.empty.drop", "uk", 5, "Звіт")).isEqualTo("Шукати без фільтра «Звіт» (5 результатів)");
		assertThat(plurals.text("w.extraction.ocrPages", "uk", 2)).isEqualTo("2 сторінки");
		assertThat(plurals.text("w.extraction.ocrPages", "en", 1)).isEqualTo("1 page");
	}
}
