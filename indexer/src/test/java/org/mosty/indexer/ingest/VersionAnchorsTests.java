package org.mosty.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionAnchorsTests {

	@Test
	void addressesNumbersDatesAndActsSurviveTranslation() {
		String polish = "Infolinia +48 47 721 75 75, https://www.gov.pl/web/udsc-ua/ od 24.02.2022; dyrektywa 2001/55/WE, "
				+ "Dz.U. 2022 poz. 583.";
		String ukrainian = "Гаряча лінія +48 477 217 575, https://gov.pl/web/udsc-ua з 2022-02-24; директива 2001/55/ЄС, "
				+ "Dz. U. z 2022 r. poz. 583.";
		assertThat(VersionAnchors.of(polish)).contains("num:48477217575", "url:gov.pl/web/udsc", "date:2022-02-24",
				"law:2001/55", "law:dzu:2022:583");
		assertThat(VersionAnchors.of(ukrainian)).containsAll(VersionAnchors.of(polish));
	}

	@Test
	void shortNumbersAndImpossibleDatesAreNoAnchors() {
		assertThat(VersionAnchors.of("W 2023 roku 120 osób, strona 14, 31.13.2020.")).isEmpty();
		assertThat(VersionAnchors.of(null)).isEmpty();
	}
}
