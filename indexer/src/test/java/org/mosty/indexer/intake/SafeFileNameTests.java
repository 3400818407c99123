package org.mosty.indexer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeFileNameTests {

	@Test
	void keepsOnlyTheLastPathSegment() {
		assertThat(SafeFileName.of("../../../../tmp/x.txt")).isEqualTo("x.txt");
		assertThat(SafeFileName.of("C:\\Users\\ed\\raport.pdf")).isEqualTo("raport.pdf");
	}

	@Test
	void dropsControlAndReservedCharactersAndLeadingDots() {
		assertThat(SafeFileName.of("..\u0000evil\u0007<name>.pdf")).isEqualTo("evilname.pdf");
		assertThat(SafeFileName.of("...")).isEqualTo("document");
		assertThat(SafeFileName.of(null)).isEqualTo("document");
	}

	@Test
	void keepsPolishAndUkrainianLetters() {
		assertThat(SafeFileName.of("Uchodźcy — poradnik.pdf")).isEqualTo("Uchodźcy — poradnik.pdf");
		assertThat(SafeFileName.of("Біженці ї ґ.docx")).isEqualTo("Біженці ї ґ.docx");
	}

	@Test
	void boundsTheLength() {
		assertThat(SafeFileName.of("a".repeat(500) + ".pdf")).hasSize(200).endsWith(".pdf");
	}
}
