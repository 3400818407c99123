package org.mosty.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mosty.api.BadRequestException;

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
