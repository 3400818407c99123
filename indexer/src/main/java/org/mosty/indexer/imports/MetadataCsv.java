package org.mosty.indexer.imports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.DocumentMetadata;

/**
 * Metadata for a folder import: a UTF-8 CSV with a header row. {@code file} (a path relative to
 * the imported folder, or a bare file name) is required; optional columns are {@code title, type,
 * access, topics, organization, year, region, audience, authors, description, language}; list
 * columns are separated by {@code ;}. Empty cells take the import's defaults.
 */
public final class MetadataCsv {

	private final Map<String, CSVRecord> byFile = new HashMap<>();

	private MetadataCsv() {
	}

	public static MetadataCsv read(Path csv) throws IOException {
		MetadataCsv result = new MetadataCsv();
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.setIgnoreEmptyLines(true)
					.setTrim(true)
					.get()
					.parse(reader)) {
			if (!parser.getHeaderMap().containsKey("file")) {
				throw new IOException(csv + ": the header must have a 'file' column");
			}
			for (CSVRecord record : parser) {
				String file = record.get("file").replace('\\', '/');
				if (!file.isEmpty()) {
					result.byFile.put(file, record);
				}
			}
		}
		return result;
	}

	/** The metadata for a file (matched by relative path, then by name), over the defaults. */
	public Optional<DocumentMetadata> metadata(String relativePath, DocumentMetadata defaults) {
		CSVRecord record = byFile.get(relativePath.replace('\\', '/'));
		if (record == null) {
			String name = relativePath.substring(relativePath.replace('\\', '/').lastIndexOf('/') + 1);
			record = byFile.get(name);
		}
		if (record == null) {
			return Optional.empty();
		}
		String access = cell(record, "access");
		String year = cell(record, "year");
		Integer parsedYear = defaults.year();
		if (year != null) {
			try {
				parsedYear = Integer.valueOf(year);
			}
			catch (NumberFormatException ex) {
				parsedYear = -1; // refused by validation with a message naming the field
			}
		}
		AccessLevel level = defaults.access();
		if (access != null) {
			try {
				level = AccessLevel.valueOf(access.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				level = null; // refused by validation
			}
		}
		return Optional.of(new DocumentMetadata(or(cell(record, "title"), defaults.title()),
				or(cell(record, "type"), defaults.type()), level, list(record, "topics", defaults.topics()),
				or(cell(record, "organization"), defaults.organization()), parsedYear,
				or(cell(record, "region"), defaults.region()), list(record, "audience", defaults.audience()),
				list(record, "authors", defaults.authors()), or(cell(record, "description"), defaults.description()),
				or(cell(record, "language"), defaults.language())));
	}

	public int size() {
		return byFile.size();
	}

	private static String cell(CSVRecord record, String column) {
		if (!record.isMapped(column) || !record.isSet(column)) {
			return null;
		}
		String value = record.get(column);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static List<String> list(CSVRecord record, String column, List<String> fallback) {
		String value = cell(record, column);
		return value == null ? fallback
				: Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String or(String value, String fallback) {
		return value != null ? value : fallback;
	}
}
