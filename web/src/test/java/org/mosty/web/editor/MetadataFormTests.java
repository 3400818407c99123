package org.mosty.web.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.mosty.web.i18n.ProblemMessages;
import org.mosty.web.i18n.TestMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.intake.InvalidMetadataException;
import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;
import org.springframework.context.MessageSource;

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
			.satisfies(ex -> assertThat(((InvalidMetadataException) ex).lines()).containsExactly(
					"year: must be a whole number", "access: use PUBLIC, MEMBERS or RESTRICTED",
					"published: must be a date YYYY-MM-DD"));
	}

	@Test
	void theProblemsReadInThePageLanguage() {
		ProblemMessages problems = new ProblemMessages(TestMessages.bundles());
		MetadataForm form = new MetadataForm("T", null, null, null, "report", "SECRET", null, null, "dwa tysiące",
				"17.05.2024", null, null, null, null, null, null, null, null, null, null);
		InvalidMetadataException ex = catchThrowableOfType(InvalidMetadataException.class, form::toMetadata);
		assertThat(problems.localize(ex.problems(), "pl")).containsExactly("Rok: musi być liczbą całkowitą",
				"Dostęp: wybierz poziom dostępu z listy", "Data wydania: podaj datę w formacie RRRR-MM-DD");
		assertThat(problems.localize(ex.problems(), "uk")).containsExactly("Рік: має бути цілим числом",
				"Доступ: виберіть рівень доступу зі списку", "Дата видання: вкажіть дату у форматі РРРР-ММ-ДД");
		assertThat(problems.localize(ex.problems(), "en")).containsExactly("Year: must be a whole number",
				"Access: choose an access level from the list", "Published: give a date as YYYY-MM-DD");

		// the codes of the indexer (metadata rules and bean constraints) and of the search parameters
		assertThat(problems.localize(FieldProblem.of("region", ProblemCode.REGION, "must be a voivodeship"), "uk"))
			.isEqualTo("Регіон: виберіть воєводство зі списку або всю Польщу");
		assertThat(problems.localize(FieldProblem.of("year", ProblemCode.YEAR_PUBLISHED, "…", 2023), "pl"))
			.isEqualTo("Rok: musi być rokiem daty wydania (2023)");
		assertThat(problems.localize(FieldProblem.of("authors", ProblemCode.MAX_ITEMS, "…", 50), "pl"))
			.isEqualTo("Autorzy: najwyżej 50 pozycji");
		assertThat(problems.localize(FieldProblem.of("authors[2].<list element>", ProblemCode.MAX_CHARS, "…", 200), "pl"))
			.isEqualTo("Autorzy: najwyżej 200 znaków");
		assertThat(problems.localize(FieldProblem.of("topics", ProblemCode.TOPIC, "…", "kosmos"), "en"))
			.isEqualTo("Topic: unknown topic \"kosmos\"");
		assertThat(problems.localize(FieldProblem.between("size", 1, 100), "en"))
			.isEqualTo("Results per page: must be a number from 1 to 100");
		assertThat(problems.localize(FieldProblem.of("f.type", ProblemCode.MAX_VALUES, "…", 20), "pl"))
			.isEqualTo("Filtr „Typ”: najwyżej 20 wartości");
		assertThat(problems.localize(FieldProblem.of("f.nonsense", ProblemCode.UNKNOWN_FILTER, "…"), "uk"))
			.isEqualTo("f.nonsense: невідомий фільтр");
	}

	/** The English detail is for people reading the raw answer: rewording it changes no page. */
	@Test
	void theCodeNotTheWordingIsTranslated() {
		ProblemMessages problems = new ProblemMessages(TestMessages.bundles());
		FieldProblem before = FieldProblem.of("year.from", ProblemCode.YEAR_ORDER, "must not be after year.to");
		FieldProblem reworded = FieldProblem.of("year.from", ProblemCode.YEAR_ORDER, "comes later than year.to");
		assertThat(problems.localize(reworded, "pl")).isEqualTo(problems.localize(before, "pl"))
			.isEqualTo("Rok od: rok początkowy nie może być późniejszy niż końcowy");
	}

	/** Every code has its explanation in the three languages of the pages. */
	@ParameterizedTest
	@EnumSource(ProblemCode.class)
	void everyCodeHasAMessageInEveryLanguage(ProblemCode code) {
		MessageSource messages = TestMessages.bundles();
		for (String lang : List.of("pl", "uk", "en")) {
			assertThat(messages.getMessage(ProblemMessages.key(code), new Object[] { "1", "2" }, null,
					Locale.forLanguageTag(lang))).as(code + " in " + lang).isNotBlank();
		}
	}
}
