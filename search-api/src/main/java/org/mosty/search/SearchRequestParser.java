package org.mosty.search;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mosty.api.BadRequestException;
import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;
import org.springframework.stereotype.Component;

/**
 * Turns raw request parameters into a {@link SearchRequest}, or a 400 that says which parameter
 * is wrong. Unknown parameters are ignored, except unknown facets.
 */
@Component
public class SearchRequestParser {

	public static final int MAX_SIZE = 100;

	public static final int DEFAULT_SIZE = 20;

	/** Paging deeper than this many hits is refused (Solr would have to rank them all). */
	public static final int MAX_DEPTH = 10_000;

	static final int MAX_QUERY_LENGTH = 1000;

	static final int MAX_VALUES_PER_FACET = 20;

	static final int MAX_VALUE_LENGTH = 200;

	private static final Set<String> LANGUAGES = Set.of("pl", "uk", "en");

	private static final String FACETS = "f.type, f.topic, f.language, f.organization, f.region, f.audience, f.year, f.format";

	public SearchRequest parse(Map<String, String[]> parameters) {
		String query = single(parameters, "q");
		if (query != null && query.length() > MAX_QUERY_LENGTH) {
			throw new BadRequestException(FieldProblem.maxChars("q", MAX_QUERY_LENGTH));
		}
		Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
		for (Map.Entry<String, String[]> entry : parameters.entrySet()) {
			String name = entry.getKey();
			if (!name.startsWith("f.")) {
				continue;
			}
			Facet facet = Facet.fromParameter(name.substring(2))
				.orElseThrow(() -> new BadRequestException(FieldProblem.of(name, ProblemCode.UNKNOWN_FILTER,
						"unknown facet; use one of " + FACETS, FACETS)));
			Set<String> values = new LinkedHashSet<>();
			for (String value : entry.getValue()) {
				if (value == null || value.isBlank()) {
					continue;
				}
				if (value.length() > MAX_VALUE_LENGTH) {
					throw new BadRequestException(FieldProblem.of(name, ProblemCode.MAX_CHARS,
							"a value is longer than " + MAX_VALUE_LENGTH + " characters", MAX_VALUE_LENGTH));
				}
				if (facet == Facet.YEAR) {
					integer(name, value, 1000, 9999);
				}
				values.add(value.strip());
			}
			if (values.size() > MAX_VALUES_PER_FACET) {
				throw new BadRequestException(FieldProblem.of(name, ProblemCode.MAX_VALUES, "at most " + MAX_VALUES_PER_FACET + " values",
						MAX_VALUES_PER_FACET));
			}
			if (!values.isEmpty()) {
				filters.put(facet, List.copyOf(values));
			}
		}
		Integer yearFrom = optionalInteger(parameters, "year.from", 1000, 9999);
		Integer yearTo = optionalInteger(parameters, "year.to", 1000, 9999);
		if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
			throw new BadRequestException(FieldProblem.of("year.from", ProblemCode.YEAR_ORDER, "must not be after year.to"));
		}
		String sortId = single(parameters, "sort");
		SearchSort sort = sortId == null || sortId.isBlank() ? SearchSort.RELEVANCE
				: SearchSort.fromId(sortId)
					.orElseThrow(() -> new BadRequestException(FieldProblem.of("sort", ProblemCode.SORT,
						"use relevance, newest, oldest or title", "relevance, newest, oldest, title")));
		Integer page = optionalInteger(parameters, "page", 1, MAX_DEPTH);
		Integer size = optionalInteger(parameters, "size", 1, MAX_SIZE);
		int actualPage = page == null ? 1 : page;
		int actualSize = size == null ? DEFAULT_SIZE : size;
		if ((long) actualPage * actualSize > MAX_DEPTH) {
			throw new BadRequestException(FieldProblem.of("page", ProblemCode.TOO_DEEP,
					"results deeper than " + MAX_DEPTH + " hits are not served; narrow the search with filters", MAX_DEPTH));
		}
		String lang = single(parameters, "lang");
		if (lang == null || lang.isBlank()) {
			lang = "pl";
		}
		else if (!LANGUAGES.contains(lang)) {
			throw new BadRequestException(FieldProblem.lang("lang"));
		}
		return new SearchRequest(query == null ? null : query.strip(), filters, yearFrom, yearTo, sort, actualPage,
				actualSize, lang);
	}

	private static String single(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		if (values == null || values.length == 0) {
			return null;
		}
		if (values.length > 1) {
			throw new BadRequestException(FieldProblem.once(name));
		}
		return values[0];
	}

	private static Integer optionalInteger(Map<String, String[]> parameters, String name, int min, int max) {
		String value = single(parameters, name);
		return value == null || value.isBlank() ? null : integer(name, value, min, max);
	}

	private static int integer(String name, String value, int min, int max) {
		int number;
		try {
			number = Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException(FieldProblem.number(name));
		}
		if (number < min || number > max) {
			throw new BadRequestException(FieldProblem.between(name, min, max));
		}
		return number;
	}
}
