package org.mosty.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mosty.indexer.catalogue.ExtractionReport;
import org.mosty.indexer.catalogue.FailureCategory;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Counted texts and the extraction facts with the application's own message bundles. */
class PluralsTests {

	/** The bundles as the application configures them (spring.messages.*). */
	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "web-messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
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

	@Test
	void theExtractionReportReadsInThePageLanguage() {
		ExtractionFacts facts = new ExtractionFacts(messages(), format, plurals);
		ExtractionReport report = new ExtractionReport(4, 5000, true, 3,
				List.of("some embedded parts could not be read", "partly unreadable: Bad font dictionary",
						"2 page(s) without a text layer were not read: OCR (Tesseract) is not available",
						"something new"),
				1340, null, null);

		ExtractionFacts.Facts pl = facts.of(report, "pl");
		assertThat(pl.ocr()).isEqualTo("3 strony");
		assertThat(pl.duration()).isEqualTo("1,3 sek.");
		assertThat(pl.failureCategory()).isNull();
		assertThat(pl.warnings()).containsExactly(
				new ExtractionFacts.Text("nie udało się odczytać niektórych osadzonych części", null),
				new ExtractionFacts.Text("część pliku jest nieczytelna", "Bad font dictionary"),
				new ExtractionFacts.Text(
						"2 strony bez warstwy tekstowej nie zostały odczytane: OCR (Tesseract) jest niedostępny", null),
				new ExtractionFacts.Text(null, "something new"));

		ExtractionFacts.Facts uk = facts.of(report, "uk");
		assertThat(uk.ocr()).isEqualTo("3 сторінки");
		assertThat(uk.duration()).isEqualTo("1,3 с");
		ExtractionFacts.Facts en = facts.of(report, "en");
		assertThat(en.ocr()).isEqualTo("3 pages");
		assertThat(en.duration()).isEqualTo("1.3 sec");

		ExtractionFacts.Facts failed = facts.of(ExtractionReport.failed(FailureCategory.TIMEOUT, "timeout after 60 s",
				850, List.of()), "uk");
		assertThat(failed.failureCategory()).isEqualTo("перевищено час обробки");
		assertThat(failed.ocr()).isEqualTo("не використано");
		assertThat(failed.duration()).isEqualTo("850 мс");
		assertThat(facts.of(null, "pl")).isNull();
	}

	@Test
	void durationsOfMinutes() {
		assertThat(format.duration(125_000L, "en")).isEqualTo("2 min, 5 sec");
		assertThat(format.duration(125_000L, "pl")).isEqualTo("2 min i 5 sek.");
		assertThat(format.duration(null, "pl")).isEmpty();
	}
}
