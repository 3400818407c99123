package org.mosty.citation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * RIS records, UTF-8, lines ending in CRLF. Personal authors as {@code AU  - Family, Given}; an
 * organisation without persons as {@code AU} without a comma (corporate author, as Zotero and
 * EndNote read it) and always as {@code PB}. Line breaks inside values become spaces.
 */
final class Ris {

	private static final Map<String, String> TYPES = Map.of("report", "RPRT", "policy-brief", "RPRT",
			"legal-analysis", "RPRT", "article", "JOUR", "newsletter", "NEWS", "presentation", "SLIDE", "leaflet",
			"PAMP");

	private Ris() {
	}

	static String record(Citable c) {
		StringBuilder out = new StringBuilder();
		tag(out, "TY", TYPES.getOrDefault(c.type(), "GEN"));
		tag(out, "ID", c.key());
		tag(out, "TI", c.title());
		for (var title : c.titles().entrySet()) {
			if (!title.getValue().equals(c.title())) {
				tag(out, "TT", title.getValue());
			}
		}
		if (c.corporateAuthor()) {
			tag(out, "AU", c.organization());
		}
		for (String person : c.persons()) {
			String[] parts = Citable.familyGiven(person);
			tag(out, "AU", parts[1].isEmpty() ? parts[0] : parts[0] + ", " + parts[1]);
		}
		tag(out, "PB", c.organization());
		if (c.year() != null) {
			tag(out, "PY", c.year().toString());
		}
		if (c.published() != null) {
			tag(out, "DA", c.published().toString().replace('-', '/') + "/");
		}
		tag(out, "LA", c.language());
		tag(out, "M3", c.type());
		tag(out, "UR", c.url());
		tag(out, "AB", c.description());
		for (String topic : c.topics()) {
			tag(out, "KW", topic);
		}
		tag(out, "C1", c.license() == null ? null : "Licence: " + c.license());
		out.append("ER  - \r\n");
		return out.toString();
	}

	static String records(List<Citable> citables) {
		return citables.stream().map(Ris::record).collect(Collectors.joining("\r\n"));
	}

	private static void tag(StringBuilder out, String tag, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		out.append(tag).append("  - ").append(value.replaceAll("\\s+", " ").strip()).append("\r\n");
	}
}
