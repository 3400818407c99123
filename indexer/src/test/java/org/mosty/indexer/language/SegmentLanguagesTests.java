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
		List<String> chunks = SegmentLanguages.chunks("a\n\nb\n\n" + "x".repeat(SegmentLanguages.MAX_SEGMENT * 2 + 10))
			.stream()
			.map(SegmentLanguages.Chunk::text)
			.toList();
		assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(
				SegmentLanguages.MAX_SEGMENT + SegmentLanguages.MIN_SEGMENT));
		assertThat(String.join("", chunks).replace("\n", "")).hasSize(SegmentLanguages.MAX_SEGMENT * 2 + 12);
	}

	@Test
	void segmentsNeverSpanPagesAndKnowTheirPage() {
		LanguageProfile profile = languages.profile(POLISH + "\f" + UKRAINIAN + "\f\f" + POLISH, null);
		assertThat(profile.segments()).extracting(Segment::page).containsExactly(1, 2, 4);
		assertThat(profile.segments()).extracting(Segment::language).containsExactly("pl", "uk", "pl");
	}

	@Test
	void aFormWithLabelsInFourLanguagesHasAllFour() {
		String form = String.join("\n", List.of(
				"6. Imię ojca / Father's name / Prénom du père / Имя отца:",
				"7. Nazwisko rodowe matki / Mother's maiden name / Nom de famille de la mère / Девичья фамилия матери:",
				"Czy przebywa Pan na terytorium Rzeczypospolitej Polskiej? / Are you staying on the territory of the Republic of Poland? / Séjournez-vous sur le territoire de la République de Pologne? / Пребываете ли Вы на территории Республики Польша?",
				"Informacja o środkach finansowych na pokrycie kosztów utrzymania / Information about the means of subsistence / Information sur les moyens de subsistance / Информация о средствах на покрытие расходов на содержание"));
		LanguageProfile profile = languages.profile(form + "\n\n" + form, null);
		assertThat(profile.languages()).containsExactlyInAnyOrder("pl", "en", "fr", "ru");
		assertThat(profile.segments()).filteredOn(segment -> segment.text().contains("Пребываете"))
			.extracting(Segment::language)
			.containsOnly("ru");
		assertThat(profile.segments()).filteredOn(segment -> segment.text().contains("Are you staying"))
			.extracting(Segment::language)
			.containsOnly("en");
		assertThat(profile.segments()).filteredOn(segment -> segment.text().contains("Czy przebywa"))
			.extracting(Segment::language)
			.containsOnly("pl");
	}

	@Test
	void addressesAndPlaceNamesDoNotOutvoteTheText() {
		String page = String.join("\n\n", List.of("# Poland",
				"Government's information for Ukrainian citizens ([PL](https://www.gov.pl/web/ua-pl) / [UK](https://www.gov.pl/web/ua-pl) / [EN](https://www.gov.pl/web/ua-en))",
				"Helpline of the Office for Foreigners +48 477217575",
				"Polska Akcja Humanitarna (Polish Humanitarian Action) ([EN](https://www.pah.org.pl/en/donate/))",
				"People fleeing the war can travel free of charge on trains and get help at reception points near the border, where volunteers and officials explain the next steps."));
		LanguageProfile profile = languages.profile(page, null);
		assertThat(profile.language()).isEqualTo("en");
		assertThat(profile.languages()).containsExactly("en");
	}

	@Test
	void undetectableTextFallsBackToTheDeclaredLanguage() {
		LanguageProfile profile = languages.profile("12345 67 89", "uk");
		assertThat(profile.language()).isEqualTo("uk");
		assertThat(profile.segments()).extracting(Segment::language).containsOnly("uk");
	}

	@Test
	void cleaningSkipsTheExpressionOnlyWhereItCouldNotHaveMatched() throws Exception {
		java.util.Random random = new java.util.Random(9);
		String alphabet = "ab pl.PL@:/]()[wWuazó\nЇї-_1";
		List<String> texts = new java.util.ArrayList<>(List.of("", "a", "@", "x@y.pl", "[EN](https://x)", "www.-x",
				"WWW.", "gov.pl/web/ua", "np. ul. Długa 5", "r.Zgodnie", "tel.:/", "ftp://a", "3.5 %"));
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int k = random.nextInt(24); k > 0; k--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			texts.add(text.toString());
		}
		// and the paragraphs of the corpus library's texts, where it is there
		java.nio.file.Path library = java.nio.file.Path.of(System.getProperty("mosty.corpus.dir", "../shared/corpus"),
				"library");
		if (java.nio.file.Files.isDirectory(library)) {
			try (var files = java.nio.file.Files.walk(library)) {
				for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".txt")).toList()) {
					texts.addAll(List.of(java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8).split("\n\\s*\n")));
				}
			}
		}
		for (String text : texts) {
			assertThat(SegmentLanguages.clean(text)).as(text).isEqualTo(SegmentLanguages.NOISE.matcher(text).replaceAll(" "));
		}
	}
}
