package org.mosty.web.editor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.intake.InvalidMetadataException;
import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;

/**
 * The metadata fields of the upload and edit forms, as the browser sends them (bound by
 * constructor). {@link #toMetadata()} turns them into {@link DocumentMetadata}; the rules are
 * checked by the indexer's registration, as for the API.
 */
record MetadataForm(String title, String titlePl, String titleUk, String titleEn, String type, String access,
		List<String> topics, String organization, String year, String published, String region,
		List<String> audience, String targetGroups, String authors, String description, String language, String city,
		String license, String sourceUrl, String validAsOf) {

	MetadataForm {
		topics = topics == null ? List.of() : topics.stream().filter(v -> v != null && !v.isBlank()).toList();
		audience = audience == null ? List.of() : audience.stream().filter(v -> v != null && !v.isBlank()).toList();
	}

	static MetadataForm empty() {
		return new MetadataForm(null, null, null, null, "report", "PUBLIC", List.of(), null, null, null, null,
				List.of(), null, null, null, null, null, null, null, null);
	}

	static MetadataForm of(DocumentMetadata m) {
		return new MetadataForm(m.title(), m.titles().get("pl"), m.titles().get("uk"), m.titles().get("en"), m.type(),
				m.access().name(), m.topics(), m.organization(), m.year() == null ? null : m.year().toString(),
				m.published() == null ? null : m.published().toString(), m.region(), m.audience(),
				String.join(", ", m.targetGroups()), String.join("\n", m.authors()), m.description(), m.language(),
				m.city(), m.license(), m.sourceUrl(), m.validAsOf() == null ? null : m.validAsOf().toString());
	}

	/** The same fields with another title (bulk upload: each file its own title). */
	MetadataForm withTitle(String newTitle) {
		return new MetadataForm(newTitle, titlePl, titleUk, titleEn, type, access, topics, organization, year,
				published, region, audience, targetGroups, authors, description, language, city, license, sourceUrl,
				validAsOf);
	}

	/**
	 * The metadata, or {@link InvalidMetadataException} for what the form itself cannot parse
	 * (numbers, dates, access level).
	 */
	DocumentMetadata toMetadata() {
		List<FieldProblem> problems = new ArrayList<>();
		Integer parsedYear = null;
		if (blank(year) == null) {
			parsedYear = null;
		}
		else {
			try {
				parsedYear = Integer.valueOf(year.strip());
			}
			catch (NumberFormatException ex) {
				problems.add(FieldProblem.number("year"));
			}
		}
		AccessLevel level = null;
		try {
			level = access == null ? null : AccessLevel.valueOf(access);
		}
		catch (IllegalArgumentException ex) {
			problems.add(FieldProblem.of("access", ProblemCode.ACCESS, "use PUBLIC, MEMBERS or RESTRICTED"));
		}
		LocalDate publishedDate = date("published", published, problems);
		LocalDate validDate = date("validAsOf", validAsOf, problems);
		if (!problems.isEmpty()) {
			throw new InvalidMetadataException(problems);
		}
		Map<String, String> titles = new LinkedHashMap<>();
		put(titles, "pl", titlePl);
		put(titles, "uk", titleUk);
		put(titles, "en", titleEn);
		return new DocumentMetadata(blank(title), blank(type), level, topics, blank(organization), parsedYear,
				blank(region), audience, lines(authors), blank(description), blank(language), titles, blank(city),
				list(targetGroups), publishedDate, blank(license), blank(sourceUrl), validDate);
	}

	private static LocalDate date(String name, String value, List<FieldProblem> problems) {
		if (blank(value) == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(FieldProblem.of(name, ProblemCode.DATE, "must be a date YYYY-MM-DD"));
			return null;
		}
	}

	private static void put(Map<String, String> titles, String lang, String value) {
		if (blank(value) != null) {
			titles.put(lang, value.strip());
		}
	}

	private static List<String> lines(String value) {
		return value == null ? List.of()
				: Arrays.stream(value.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static List<String> list(String value) {
		return value == null ? List.of()
				: Arrays.stream(value.split("[,\\n]")).map(String::strip).filter(item -> !item.isEmpty()).toList();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
