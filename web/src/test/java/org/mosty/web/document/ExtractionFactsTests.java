package org.mosty.web.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.mosty.web.i18n.UiFormat;
import org.junit.jupiter.api.Test;
import org.mosty.indexer.catalogue.ExtractionReport;
import org.mosty.indexer.catalogue.FailureCategory;
import org.mosty.web.i18n.Plurals;
import org.mosty.web.i18n.TestMessages;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The extraction facts of the document page, and the durations they show, with the application's own message bundles. */
class ExtractionFactsTests {

	static ResourceBundleMessageSource messages() {
		return TestMessages.bundles();
	}

	final UiFormat format = new UiFormat();

	final Plurals plurals = new Plurals(messages(), format);

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
