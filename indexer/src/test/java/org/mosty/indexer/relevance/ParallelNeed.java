package org.mosty.indexer.relevance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One information need of the parallel judged set ({@code relevance/parity.tsv}, issue 17): the
 * same need asked in Polish, Ukrainian and English, judged once.
 *
 * @param id a stable name
 * @param crosses what carries it across languages: glossary, place, name or words
 * @param queries the need as asked in each language ({@code pl}, {@code uk}, {@code en})
 * @param grades relevant document keys with their grade (2 answers the need, 1 partly)
 */
record ParallelNeed(String id, String crosses, Map<String, String> queries, Map<String, Integer> grades) {

	static final String RESOURCE = "relevance/parity.tsv";

	static final List<String> LANGUAGES = List.of("pl", "uk", "en");

	static List<ParallelNeed> load() throws IOException {
		List<ParallelNeed> needs = new ArrayList<>();
		for (String[] cells : JudgedQuery.rows(RESOURCE, 6)) {
			Map<String, String> queries = new LinkedHashMap<>();
			for (int i = 0; i < LANGUAGES.size(); i++) {
				queries.put(LANGUAGES.get(i), cells[2 + i].strip());
			}
			needs.add(new ParallelNeed(cells[0], cells[1], Map.copyOf(queries), Map.copyOf(JudgedQuery.grades(cells[5]))));
		}
		return needs;
	}
}
