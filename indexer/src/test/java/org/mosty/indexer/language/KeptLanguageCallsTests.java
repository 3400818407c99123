package org.mosty.indexer.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Profiling a text again from the detections kept at ingest (issue 9: reindex without Lingua). */
class KeptLanguageCallsTests {

	private static final String TEXT = "Fundacja prowadzi bezpłatne konsultacje prawne dla osób, które przyjechały "
			+ "z Ukrainy po lutym 2022 roku. Pomagamy w sprawach legalizacji pobytu i zatrudnienia.\n\n"
			+ "Фонд проводить безкоштовні юридичні консультації для людей, які приїхали з України після лютого "
			+ "2022 року. Ми допомагаємо з легалізацією перебування і працевлаштуванням.\n\n"
			+ "Imię ojca / Father's name / Ім'я батька / Имя отца\nData urodzenia / Date of birth / Дата народження";

	/** Counts what reaches Lingua. */
	static final class CountingDetection extends LanguageDetection {

		final AtomicInteger calls = new AtomicInteger();

		@Override
		public Detection detectWithMargin(CharSequence text) {
			calls.incrementAndGet();
			return super.detectWithMargin(text);
		}
	}

	@Test
	void theKeptDetectionsGiveTheSameProfileWithoutCallingLingua() {
		CountingDetection detection = new CountingDetection();
		SegmentLanguages languages = new SegmentLanguages(detection);
		LanguageProfile first = languages.profile(TEXT, null);
		int firstCalls = detection.calls.get();
		assertThat(first.calls()).hasSize(firstCalls).isNotEmpty();

		LanguageProfile again = languages.profile(TEXT, null, first.calls());

		assertThat(detection.calls.get()).isEqualTo(firstCalls);
		assertThat(again.segments()).isEqualTo(first.segments());
		assertThat(again.languages()).isEqualTo(first.languages());
		assertThat(again.calls()).isEqualTo(first.calls());
	}

	@Test
	void aSegmentNotAmongTheKeptDetectionsIsDetected() {
		CountingDetection detection = new CountingDetection();
		SegmentLanguages languages = new SegmentLanguages(detection);
		LanguageProfile first = languages.profile(TEXT, null);
		Map<String, LanguageDetection.Detection> partial = new HashMap<>(first.calls());
		partial.remove(partial.keySet().iterator().next());
		int before = detection.calls.get();

		LanguageProfile again = languages.profile(TEXT, null, partial);

		assertThat(detection.calls.get()).isEqualTo(before + 1);
		assertThat(again.segments()).isEqualTo(first.segments());
		assertThat(again.calls().keySet()).isEqualTo(first.calls().keySet());
	}
}
