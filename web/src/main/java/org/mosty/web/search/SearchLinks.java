package org.mosty.web.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriUtils;

/**
 * Builds links that keep the whole search state in the URL: toggle or drop a filter, go to a
 * page. Names and values are percent-encoded here; pages escape the result again as an attribute.
 */
class SearchLinks {

	private final Map<String, List<String>> parameters = new LinkedHashMap<>();

	SearchLinks(Map<String, String[]> current) {
		current.forEach((name, values) -> {
			if (name.equals("q") || name.equals("sort") || name.equals("size") || name.equals("lang")
					|| name.equals("year.from") || name.equals("year.to") || name.startsWith("f.")) {
				List<String> kept = List.of(values).stream().filter(value -> value != null && !value.isBlank()).toList();
				if (!kept.isEmpty()) {
					parameters.put(name, kept);
				}
			}
		});
	}

	/** The search with this facet value added, or removed when it is already selected. */
	public String toggle(String facet, String value) {
		Map<String, List<String>> next = copy();
		String name = "f." + facet;
		List<String> values = new ArrayList<>(next.getOrDefault(name, List.of()));
		if (!values.remove(value)) {
			values.add(value);
		}
		if (values.isEmpty()) {
			next.remove(name);
		}
		else {
			next.put(name, values);
		}
		return url(next, 1);
	}

	/** The search without the year range. */
	public String withoutYears() {
		Map<String, List<String>> next = copy();
		next.remove("year.from");
		next.remove("year.to");
		return url(next, 1);
	}

	/** The search limited to one year. */
	public String year(String year) {
		Map<String, List<String>> next = copy();
		next.put("year.from", List.of(year));
		next.put("year.to", List.of(year));
		return url(next, 1);
	}

	/** The same words without any filter. */
	public String withoutFilters() {
		Map<String, List<String>> next = copy();
		next.keySet().removeIf(name -> name.startsWith("f.") || name.startsWith("year."));
		return url(next, 1);
	}

	/** The same search (filters kept) for other words, from its first page: "did you mean". */
	public String query(String q) {
		Map<String, List<String>> next = copy();
		next.put("q", List.of(q));
		return url(next, 1);
	}

	/** The same search on another page. */
	public String page(long page) {
		return url(copy(), page);
	}

	/** Whether any filter (facet value or year range) is set. */
	public boolean filtered() {
		return parameters.keySet().stream().anyMatch(name -> name.startsWith("f.") || name.startsWith("year."));
	}

	private Map<String, List<String>> copy() {
		return new LinkedHashMap<>(parameters);
	}

	/** {@code /search} with the parameters in order, every name and value strictly percent-encoded (RFC 3986 unreserved characters only). */
	private static String url(Map<String, List<String>> parameters, long page) {
		StringBuilder out = new StringBuilder(128).append("/search");
		char separator = '?';
		for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
			String name = UriUtils.encode(parameter.getKey(), StandardCharsets.UTF_8);
			for (String value : parameter.getValue()) {
				out.append(separator).append(name).append('=').append(UriUtils.encode(value, StandardCharsets.UTF_8));
				separator = '&';
			}
		}
		if (page > 1) {
			out.append(separator).append("page=").append(page);
		}
		return out.toString();
	}
}
