package org.mosty.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CitationFormatsTests {

	static Citable citable(List<String> persons, String organization) {
		return new Citable("01ARZ3NDEKTSV4RRFFQ69G5FAV", "Ochrona dzieci — UNHCR", persons, organization, 2024,
				LocalDate.of(2024, 1, 2), "report", "pl", "https://m.example.org/documents/01ARZ3NDEKTSV4RRFFQ69G5FAV",
				"Opis\nw dwóch liniach", null, List.of("child-protection"), Map.of("uk", "Захист дітей"));
	}

	@Test
	void everyLatexSpecialIsEscapedAndBracesStayBalanced() {
		String escaped = BibTex.escape("a\\b{c}d$e&f%g#h_i~j^k");
		assertThat(escaped).isEqualTo("a\\textbackslash{}b\\textbraceleft{}c\\textbraceright{}d\\$e\\&f\\%g\\#h\\_i"
				+ "\\textasciitilde{}j\\textasciicircum{}k");
		long open = escaped.chars().filter(ch -> ch == '{').count();
		long close = escaped.chars().filter(ch -> ch == '}').count();
		assertThat(open).isEqualTo(close);
	}

	@Test
	void capitalsAreProtectedPerWordInAnyScript() {
		assertThat(BibTex.title("Pomoc dla Ukraińców i UNHCR")).isEqualTo("{Pomoc} dla {Ukraińców} i {UNHCR}");
		assertThat(BibTex.title("Захист дітей у Польщі")).isEqualTo("{Захист} дітей у {Польщі}");
	}

	@Test
	void personsAreFamilyGivenAndAnOrganisationAloneIsACorporateAuthor() {
		String persons = BibTex.entry(citable(List.of("Anna Maria Kowalska", "Nowak, Jan"), "Fundacja"));
		assertThat(persons).contains("author = {Kowalska, Anna Maria and Nowak, Jan}")
			.contains("institution = {Fundacja}");
		String corporate = BibTex.entry(citable(List.of(), "Fundacja & Co"));
		assertThat(corporate).contains("author = {{Fundacja \\& Co}}");
		String ris = Ris.record(citable(List.of(), "Fundacja"));
		assertThat(ris).contains("AU  - Fundacja\r\n").contains("AB  - Opis w dwóch liniach\r\n")
			.contains("TT  - Захист дітей\r\n").endsWith("ER  - \r\n");
	}

	@Test
	void csvQuotesWhatNeedsQuotingAfterAByteOrderMark() {
		String csv = CitationController.csv(List.of(citable(List.of("Kowalska, Anna"), "Fundacja \"Most\"")));
		assertThat(csv).startsWith("\uFEFFid,title,authors,");
		assertThat(csv).contains("\"Kowalska, Anna\"").contains("\"Fundacja \"\"Most\"\"\"").contains("\r\n");
	}
}
