package org.mosty.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mosty.api.BadRequestException;
import org.mosty.problem.ProblemCode;

class SearchRequestParserTests {

	private final SearchRequestParser parser = new SearchRequestParser();

	@Test
	void defaults() {
		SearchRequest request = parser.parse(Map.of());
		assertThat(request.hasQuery()).isFalse();
		assertThat(request.page()).isEqualTo(1);
		assertThat(request.size()).isEqualTo(20);
		assertThat(request.sort()).isEqualTo(SearchSort.RELEVANCE);
		assertThat(request.lang()).isEqualTo("pl");
	}

	@Test
	void repeatableFiltersAreKeptInOrderWithoutDuplicates() {
		SearchRequest request = parser.parse(Map.of("f.type", new String[] { "report", "guideline", "report", " " },
				"f.year", new String[] { "2024" }, "q", new String[] { "  uchodźcy  " }));
		assertThat(request.selected(Facet.TYPE)).containsExactly("report", "guideline");
		assertThat(request.selected(Facet.YEAR)).containsExactly("2024");
		assertThat(request.query()).isEqualTo("uchodźcy");
	}

	@Test
	void rejectsWhatItCannotServe() {
		assertBad(Map.of("size", new String[] { "101" }), "size");
		assertBad(Map.of("page", new String[] { "0" }), "page");
		assertBad(Map.of("f.access", new String[] { "MEMBERS" }), "f.access");
		assertBad(Map.of("f.type", new String[21]), null);
		assertBad(Map.of("sort", new String[] { "score desc" }), "sort");
		assertBad(Map.of("year.from", new String[] { "2030" }, "year.to", new String[] { "2020" }), "year.from");
		assertBad(Map.of("q", new String[] { "x".repeat(1001) }), "q");
		assertBad(Map.of("page", new String[] { "501" }, "size", new String[] { "20" }), "page");
	}

	/** Each bad parameter carries a stable code and its arguments (issue 20): clients translate those, not the English. */
	@Test
	void badParametersCarryCodes() {
		assertCode(Map.of("page", new String[] { "501" }, "size", new String[] { "20" }), "page", ProblemCode.TOO_DEEP, "10000");
		assertCode(Map.of("size", new String[] { "abc" }), "size", ProblemCode.NUMBER);
		assertCode(Map.of("size", new String[] { "101" }), "size", ProblemCode.BETWEEN, "1", "100");
		assertCode(Map.of("year.from", new String[] { "2030" }, "year.to", new String[] { "2020" }), "year.from",
				ProblemCode.YEAR_ORDER);
		assertCode(Map.of("f.nonsense", new String[] { "x" }), "f.nonsense", ProblemCode.UNKNOWN_FILTER,
				"f.type, f.topic, f.language, f.organization, f.region, f.audience, f.year, f.format");
		assertCode(Map.of("lang", new String[] { "de" }), "lang", ProblemCode.LANG);
		assertCode(Map.of("q", new String[] { "a", "b" }), "q", ProblemCode.ONCE);
	}

	private void assertCode(Map<String, String[]> parameters, String field, ProblemCode code, String... arguments) {
		BadRequestException ex = catchThrowableOfType(BadRequestException.class, () -> parser.parse(parameters));
		assertThat(ex.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo(field);
			assertThat(problem.code()).isEqualTo(code);
			assertThat(problem.arguments()).containsExactly(arguments);
		});
	}

	@Test
	void theAccessFieldIsNotAFacetUsersCanFilterOn() {
		assertThat(Facet.fromParameter("access")).isEmpty();
	}

	private void assertBad(Map<String, String[]> parameters, String mentioned) {
		if (mentioned == null) {
			String[] many = new String[21];
			for (int i = 0; i < many.length; i++) {
				many[i] = "v" + i;
			}
			parameters = Map.of("f.type", many);
			mentioned = "f.type";
		}
		Map<String, String[]> given = parameters;
		assertThatThrownBy(() -> parser.parse(given)).isInstanceOf(BadRequestException.class)
			.hasMessageStartingWith(mentioned);
	}
}
