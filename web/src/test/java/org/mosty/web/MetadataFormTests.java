package org.mosty.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.documents.InvalidMetadataException;

class MetadataFormTests {

	@Test
	void theFormBecomesMetadataAndBackAgain() {
		MetadataForm form = new MetadataForm(" Raport ", null, "Звіт", "", "report", "MEMBERS", List.of("housing", ""),
				"Fundacja", "2024", "2024-05-17", "pomorskie", List.of("teachers"), "children, women",
				"Anna Kowalska\r\n\nJan Nowak\n", "Opis", "", "Gdańsk", "CC BY 4.0", "https://example.org/r", null);
		DocumentMetadata metadata = form.toMetadata();
		assertThat(metadata.title()).isEqualTo("Raport");
		assertThat(metadata.titles()).containsOnlyKeys("uk");
		assertThat(metadata.access()).isEqualTo(AccessLevel.MEMBERS);
		assertThat(metadata.topics()).containsExactly("housing");
		assertThat(metadata.authors()).containsExactly("Anna Kowalska", "Jan Nowak");
		assertThat(metadata.targetGroups()).containsExactly("children", "women");
		assertThat(metadata.published()).isEqualTo(LocalDate.of(2024, 5, 17));
		assertThat(metadata.language()).isNull();
		assertThat(MetadataForm.of(metadata).toMetadata()).isEqualTo(metadata);
	}

	@Test
	void whatTheFormCannotParseIsReportedPerField() {
		MetadataForm form = new MetadataForm("T", null, null, null, "report", "SECRET", null, null, "dwa tysiące",
				"17.05.2024", null, null, null, null, null, null, null, null, null, null);
		assertThatThrownBy(form::toMetadata).isInstanceOf(InvalidMetadataException.class)
			.satisfies(ex -> assertThat(((InvalidMetadataException) ex).problems()).containsExactly(
					"year: must be a whole number", "access: use PUBLIC, MEMBERS or RESTRICTED",
					"published: must be a date YYYY-MM-DD"));
	}

	@Test
	void theProblemsReadInThePageLanguage() {
		ProblemMessages problems = new ProblemMessages(PluralsTests.messages());
		MetadataForm form = new MetadataForm("T", null, null, null, "report", "SECRET", null, null, "dwa tysiące",
				"17.05.2024", null, null, null, null, null, null, null, null, null, null);
		InvalidMetadataException ex = catchThrowableOfType(InvalidMetadataException.class, form::toMetadata);
		assertThat(problems.localize(ex.problems(), "pl")).containsExactly("Rok: musi być liczbą całkowitą",
				"Dostęp: wybierz poziom dostępu z listy", "Data wydania: podaj datę w formacie RRRR-MM-DD");
		assertThat(problems.localize(ex.problems(), "uk")).containsExactly("Рік: має бути цілим числом",
				"Доступ: виберіть рівень доступу зі списку", "Дата видання: вкажіть дату у форматі РРРР-ММ-ДД");
		assertThat(problems.localize(ex.problems(), "en")).containsExactly("Year: must be a whole number",
				"Access: choose an access level from the list", "Published: give a date as YYYY-MM-DD");

		// the indexer's wordings (metadata rules and bean constraints) and the search parameters'
		assertThat(problems.localize("region: must be a voivodeship in lower-case Polish (for example mazowieckie) "
				+ "or cała-polska", "uk")).isEqualTo("Регіон: виберіть воєводство зі списку або всю Польщу");
		assertThat(problems.localize("year: must be the year of published (2023)", "pl"))
			.isEqualTo("Rok: musi być rokiem daty wydania (2023)");
		assertThat(problems.localize("authors: size must be between 0 and 50", "pl")).isEqualTo("Autorzy: najwyżej 50 pozycji");
		assertThat(problems.localize("authors[2].<list element>: size must be between 0 and 200", "pl"))
			.isEqualTo("Autorzy: najwyżej 200 znaków");
		assertThat(problems.localize("topics: unknown topic 'kosmos'", "en")).isEqualTo("Topic: unknown topic \"kosmos\"");
		assertThat(problems.localize("size: must be between 1 and 100", "en"))
			.isEqualTo("Results per page: must be a number from 1 to 100");
		assertThat(problems.localize("f.type: at most 20 values", "pl")).isEqualTo("Filtr „Typ”: najwyżej 20 wartości");
		assertThat(problems.localize("f.nonsense: unknown facet; use one of f.type, f.topic", "uk"))
			.isEqualTo("f.nonsense: невідомий фільтр");
		// an unknown wording keeps its words after the localized field
		assertThat(problems.localize("license: something unheard of", "pl")).isEqualTo("Licencja: something unheard of");
	}
}
