package org.mosty.indexer.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SegmentLanguagesTests {

	private static final SegmentLanguages languages = new SegmentLanguages(new LanguageDetection());

	private static final String POLISH = "Fundacja prowadzi bezpłatne konsultacje prawne dla osób, które przyjechały "
			+ "z Ukrainy po lutym 2022 roku. Pomagamy w sprawach legalizacji pobytu, zatrudnienia i świadczeń rodzinnych.";

	private static final String UKRAINIAN = "Фонд проводить безкоштовні юридичні консультації для людей, які приїхали "
			+ "з України після лютого 2022 року. Ми допомагаємо з легалізацією перебування, працевлаштуванням і виплатами.";

	private static final String RUSSIAN = "Фонд проводит бесплатные юридические консультации для людей, которые "
			+ "приехали из Украины после февраля 2022 года. Мы помогаем с легализацией пребывания и трудоустройством.";

	@Test
	void aBilingualDocumentHasBothLanguagesAndEachHalfIsRouted() {
		LanguageProfile profile = languages.profile(POLISH + "\n\n" + UKRAINIAN + "\n\n" + POLISH, null);

		assertThat(profile.language()).isEqualTo("pl");
		assertThat(profile.languages()).containsExactly("pl", "uk");
		assertThat(profile.segments()).extracting(Segment::language).containsExactly("pl", "uk", "pl");
	}

	@Test
	void russianIsNotCalledUkrainian() {
		assertThat(languages.profile(RUSSIAN, null).language()).isEqualTo("ru");
	}

	@Test
	void aMinorityUnderTenPercentIsNotOneOfTheDocumentsLanguages() {
		String text = String.join("\n\n", List.of(POLISH, POLISH, POLISH, POLISH, POLISH, POLISH, POLISH, POLISH,
				POLISH, POLISH, POLISH, "Summary in English for the funder of this project."));
		LanguageProfile profile = languages.profile(text, null);
		assertThat(profile.languages()).containsExactly("pl");
	}

	@Test
	void shortParagraphsAreJoinedAndLongOnesCut() {
		List<String> chunks = SegmentLanguages.chunks("a\n\nb\n\n" + "x".repeat(SegmentLanguages.MAX_SEGMENT * 2 + 10));
		assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(
				SegmentLanguages.MAX_SEGMENT + SegmentLanguages.MIN_SEGMENT));
		assertThat(String.join("", chunks).replace("\n", "")).hasSize(SegmentLanguages.MAX_SEGMENT * 2 + 12);
	}

	@Test
	void undetectableTextFallsBackToTheDeclaredLanguage() {
		LanguageProfile profile = languages.profile("12345 67 89", "uk");
		assertThat(profile.language()).isEqualTo("uk");
		assertThat(profile.segments()).extracting(Segment::language).containsOnly("uk");
	}
}
