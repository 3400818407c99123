package org.mosty.indexer.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The search benchmark's requests, as the UI sends them to {@code /api/search}: every judged query
 * of the relevance set (single words, inflected forms, phrases, misspellings, cross-language; in
 * pl, uk and en) with the interface language of its query, some with filters (language, type,
 * topic, a year range), another sort or the second page, plus browsing without a query. Facets and
 * highlighting are on as for every search.
 */
final class QueryMix {

	/** One request: what kind it is (for the table) and its path with the query string. */
	record Request(String kind, String path) {
	}

	private QueryMix() {
	}

	static List<Request> fromJudgements(Path queriesTsv) throws IOException {
		List<Request> requests = new ArrayList<>();
		int n = 0;
		for (String line : Files.readAllLines(queriesTsv, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t");
			if (columns.length < 4) {
				throw new IllegalArgumentException("Not a judged query line: " + line);
			}
			String lang = columns[1];
			String kind = columns[2];
			Map<String, String> params = new LinkedHashMap<>();
			params.put("q", columns[3]);
			params.put("lang", lang);
			switch (n++ % 8) {
				case 1 -> params.put("f.language", lang);
				case 3 -> params.put("f.type", "report");
				case 5 -> {
					params.put("year.from", "2018");
					params.put("year.to", "2024");
				}
				case 6 -> params.put("page", "2");
				case 7 -> params.put("sort", "newest");
				default -> {
				}
			}
			requests.add(new Request(params.size() > 2 ? kind + "+filter" : kind, path(params)));
		}
		for (String lang : List.of("pl", "uk", "en")) {
			requests.add(new Request("browse", path(Map.of("lang", lang))));
		}
		requests.add(new Request("browse", path(new LinkedHashMap<>(Map.of("lang", "pl", "f.topic", "housing")))));
		requests.add(new Request("browse", path(new LinkedHashMap<>(Map.of("lang", "uk", "f.type", "guideline")))));
		return requests;
	}

	static String path(Map<String, String> params) {
		return "/api/search?" + params.entrySet()
			.stream()
			.map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
