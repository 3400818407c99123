package org.mosty.indexer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;

/**
 * The metadata's bean constraints and rules give problems with codes, fields and arguments (issue
 * 20), read from the constraint and the rule, not from their English messages.
 */
class ConstraintProblemsTests {

	private final Validator validator = Validation.byProvider(HibernateValidator.class)
		.configure()
		.defaultLocale(Locale.ENGLISH)
		.buildValidatorFactory()
		.getValidator();

	@Test
	void everyConstraintGivesItsCode() {
		List<String> tooManyTopics = IntStream.range(0, 21).mapToObj(i -> "t" + i).toList();
		DocumentMetadata metadata = new DocumentMetadata(" ", "report", AccessLevel.PUBLIC, tooManyTopics, null, 1800,
				null, null, List.of("x".repeat(201)), null, "pol", Map.of("de", "Titel"), null, null, null, null,
				"ftp://example.org/file", null);
		List<FieldProblem> problems = validator.validate(metadata).stream().map(ConstraintProblems::of).toList();
		assertThat(problems).extracting(FieldProblem::field, FieldProblem::code, FieldProblem::arguments)
			.contains(tuple("title", ProblemCode.TITLE, List.of()),
					tuple("topics", ProblemCode.MAX_ITEMS, List.of("20")),
					tuple("year", ProblemCode.MIN, List.of("1900")),
					tuple("authors[0].<list element>", ProblemCode.MAX_CHARS, List.of("200")),
					tuple("language", ProblemCode.LANGUAGE, List.of()),
					tuple("sourceUrl", ProblemCode.URL, List.of()));
		assertThat(problems).anySatisfy(problem -> {
			assertThat(problem.field()).startsWith("titles<K>");
			assertThat(problem.code()).isEqualTo(ProblemCode.LANG);
		});
	}

	@Test
	void theRulesAcrossFieldsGiveTheirCodes() {
		DocumentMetadata metadata = new DocumentMetadata("T", "report", AccessLevel.PUBLIC, null, null, 2023, "Bavaria",
				null, null, null, null, Collections.emptyMap(), null, null, LocalDate.of(2024, 5, 17), null, null,
				LocalDate.of(1850, 1, 1));
		assertThat(MetadataRules.problems(metadata)).extracting(FieldProblem::field, FieldProblem::code, FieldProblem::arguments)
			.containsExactly(tuple("region", ProblemCode.REGION, List.of()),
					tuple("year", ProblemCode.YEAR_PUBLISHED, List.of("2024")),
					tuple("validAsOf", ProblemCode.BETWEEN, List.of("1900", "2100")));
	}
}
