package org.mosty.search;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search as a query string and back (issue 19: what a saved search keeps). The string is
 * canonical: made from the validated request, in a fixed order, with neither page nor size, so
 * one search is one string whatever order its parameters came in.
 */
public final class SearchParameters {

	private SearchParameters() {
	}

	/** {@code q=…&f.language=uk&…&year.from=…&year.to=…&sort=…&lang=…}: what the search is, not which page. */
	public static String canonical(SearchRequest request) {
		List<String> parts = new ArrayList<>();
		if (request.hasQuery()) {
			parts.add(pair("q", request.query()));
		}
		for (Facet facet : Facet.values()) {
			request.selected(facet).stream().sorted().forEach(value -> parts.add(pair("f." + facet.parameter(), value)));
		}
		if (request.yearFrom() != null) {
			parts.add(pair("year.from", request.yearFrom().toString()));
		}
		if (request.yearTo() != null) {
			parts.add(pair("year.to", request.yearTo().toString()));
		}
		if (request.sort() != SearchSort.RELEVANCE) {
			parts.add(pair("sort", request.sort().id()));
		}
		parts.add(pair("lang", request.lang()));
		return String.join("&", parts);
	}

	/** A query string as the request parameters a servlet would give. */
	public static Map<String, String[]> parse(String queryString) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (queryString != null && !queryString.isBlank()) {
			for (String part : queryString.split("&")) {
				if (part.isEmpty()) {
					continue;
				}
				int equals = part.indexOf('=');
				String name = decode(equals < 0 ? part : part.substring(0, equals));
				String value = equals < 0 ? "" : decode(part.substring(equals + 1));
				values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
			}
		}
		Map<String, String[]> parameters = new LinkedHashMap<>();
		values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
		return parameters;
	}

	private static String pair(String name, String value) {
		return encode(name) + "=" + encode(value);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}
}
