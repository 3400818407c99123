package org.mosty.indexer.relevance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One query of the judged set ({@code relevance/queries.tsv}).
 *
 * @param id a stable name
 * @param language the language the query is written in
 * @param kind inflected, phrase, typo or cross
 * @param query the user's text
 * @param grades relevant document keys with their grade (2 answers the query, 1 partly)
 */
record JudgedQuery(String id, String language, String kind, String query, Map<String, Integer> grades) {

	static final String RESOURCE = "relevance/queries.tsv";

	static List<JudgedQuery> load() throws IOException {
		List<JudgedQuery> queries = new ArrayList<>();
		for (String[] cells : rows(RESOURCE, 5)) {
			queries.add(new JudgedQuery(cells[0], cells[1], cells[2], cells[3], grades(cells[4])));
		}
		return queries;
	}

	/** The tab-separated rows of a judged set on the class path, without blank and comment lines. */
	static List<String[]> rows(String resource, int columns) throws IOException {
		try (InputStream in = JudgedQuery.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			List<String[]> rows = new ArrayList<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t");
				if (cells.length != columns) {
					throw new IllegalStateException("Bad line in " + resource + ": " + line);
				}
				rows.add(cells);
			}
			return rows;
		}
	}

	/** Judgments written as {@code doc:grade,doc:grade} (a document key may contain colons). */
	static Map<String, Integer> grades(String cell) {
		Map<String, Integer> grades = new LinkedHashMap<>();
		for (String judged : cell.split(",")) {
			int colon = judged.lastIndexOf(':');
			grades.put(judged.substring(0, colon).strip(), Integer.parseInt(judged.substring(colon + 1).strip()));
		}
		return grades;
	}
}
