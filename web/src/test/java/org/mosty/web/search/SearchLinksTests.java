package org.mosty.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SearchLinksTests {

	private static SearchLinks links(Map<String, String[]> parameters) {
		return new SearchLinks(parameters);
	}

	@Test
	void togglingAddsAndRemovesAValueAndGoesBackToTheFirstPage() {
		Map<String, String[]> current = new LinkedHashMap<>();
		current.put("q", new String[] { "ochrona czasowa" });
		current.put("f.type", new String[] { "report", "guideline" });
		current.put("page", new String[] { "3" });
		SearchLinks links = links(current);
		assertThat(links.toggle("type", "report")).isEqualTo("/search?q=ochrona%20czasowa&f.type=guideline");
		assertThat(links.toggle("language", "uk"))
			.isEqualTo("/search?q=ochrona%20czasowa&f.type=report&f.type=guideline&f.language=uk");
		assertThat(links.page(2)).isEqualTo("/search?q=ochrona%20czasowa&f.type=report&f.type=guideline&page=2");
	}

	@Test
	void yearsAndFiltersCanBeDroppedAndBlankValuesAreLeftOut() {
		Map<String, String[]> current = new LinkedHashMap<>();
		current.put("q", new String[] { "біженці" });
		current.put("year.from", new String[] { "2023" });
		current.put("year.to", new String[] { "" });
		current.put("f.topic", new String[] { "housing" });
		current.put("lang", new String[] { "uk" });
		SearchLinks links = links(current);
		assertThat(links.filtered()).isTrue();
		assertThat(links.withoutYears()).isEqualTo("/search?q=%D0%B1%D1%96%D0%B6%D0%B5%D0%BD%D1%86%D1%96&f.topic=housing&lang=uk");
		assertThat(links.withoutFilters()).isEqualTo("/search?q=%D0%B1%D1%96%D0%B6%D0%B5%D0%BD%D1%86%D1%96&lang=uk");
		assertThat(links.year("2024")).contains("year.from=2024").contains("year.to=2024");
		assertThat(links(Map.of("q", new String[] { "a" })).filtered()).isFalse();
	}

	@Test
	void valuesAreEncodedSoTheyCannotAddParameters() {
		SearchLinks links = links(Map.of("q", new String[] { "a&f.type=x#y" }));
		assertThat(links.page(2)).isEqualTo("/search?q=a%26f.type%3Dx%23y&page=2");
	}
}
