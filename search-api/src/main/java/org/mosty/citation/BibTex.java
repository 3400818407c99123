package org.mosty.citation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * BibTeX entries, UTF-8 (for biber/biblatex or bibtexu; Cyrillic has no 7-bit LaTeX form, so
 * letters are never turned into {@code \k{a}}-style macros). LaTeX specials ({@code \ { } $ & % # _ ~ ^})
 * are escaped; in titles every word with a capital letter is put in braces, so styles that
 * lower-case titles keep proper nouns and acronyms ("{Ukraińców}", "{UNHCR}"); an organisation
 * as corporate author is double-braced ({@code author = {{Fundacja Ocalenie}}}) so it is never
 * split into first and last names. Reports are {@code @techreport} (institution = organisation),
 * everything else {@code @misc} (publisher = organisation).
 */
final class BibTex {

	private static final Map<String, String> LANGIDS = Map.of("pl", "polish", "uk", "ukrainian", "en", "english");

	private BibTex() {
	}

	static String entry(Citable c) {
		boolean report = "report".equals(c.type()) || "policy-brief".equals(c.type())
				|| "legal-analysis".equals(c.type());
		StringBuilder out = new StringBuilder();
		out.append('@').append(report ? "techreport" : "misc").append('{').append(c.key()).append(",\n");
		if (c.corporateAuthor()) {
			field(out, "author", "{" + escape(c.organization()) + "}");
		}
		else if (!c.persons().isEmpty()) {
			field(out, "author", c.persons().stream().map(BibTex::person).collect(Collectors.joining(" and ")));
		}
		field(out, "title", title(c.title()));
		if (c.organization() != null) {
			field(out, report ? "institution" : "publisher", escape(c.organization()));
		}
		if (c.year() != null) {
			field(out, "year", c.year().toString());
		}
		if (c.published() != null) {
			field(out, "date", c.published().toString());
		}
		if (c.language() != null) {
			field(out, "langid", LANGIDS.getOrDefault(c.language(), c.language()));
		}
		if (c.type() != null) {
			field(out, report ? "type" : "howpublished", escape(c.type()));
		}
		field(out, "url", c.url());
		if (c.description() != null) {
			field(out, "abstract", escape(c.description()));
		}
		if (!c.topics().isEmpty()) {
			field(out, "keywords", escape(String.join(", ", c.topics())));
		}
		if (c.license() != null) {
			field(out, "note", "Licence: " + escape(c.license()));
		}
		out.setLength(out.length() - 2);
		out.append("\n}\n");
		return out.toString();
	}

	static String entries(List<Citable> citables) {
		return citables.stream().map(BibTex::entry).collect(Collectors.joining("\n"));
	}

	private static void field(StringBuilder out, String name, String value) {
		out.append("  ").append(name).append(" = {").append(value).append("},\n");
	}

	private static String person(String name) {
		String[] parts = Citable.familyGiven(name);
		String family = escape(parts[0]);
		// "and" inside a name would split it: protect the family name then
		if (family.contains(" ")) {
			family = "{" + family + "}";
		}
		return parts[1].isEmpty() ? family : family + ", " + escape(parts[1]);
	}

	/** Escaped, with each word that has a capital letter protected by braces. */
	static String title(String title) {
		StringBuilder out = new StringBuilder();
		for (String word : title.strip().split("\\s+")) {
			if (out.length() > 0) {
				out.append(' ');
			}
			String escaped = escape(word);
			out.append(word.codePoints().anyMatch(Character::isUpperCase) ? "{" + escaped + "}" : escaped);
		}
		return out.toString();
	}

	/** LaTeX specials escaped; braces as macros so brace counting stays balanced. */
	static String escape(String value) {
		StringBuilder out = new StringBuilder(value.length() + 16);
		for (char ch : value.replaceAll("\\s+", " ").toCharArray()) {
			switch (ch) {
				case '\\' -> out.append("\\textbackslash{}");
				case '{' -> out.append("\\textbraceleft{}");
				case '}' -> out.append("\\textbraceright{}");
				case '$', '&', '%', '#', '_' -> out.append('\\').append(ch);
				case '~' -> out.append("\\textasciitilde{}");
				case '^' -> out.append("\\textasciicircum{}");
				default -> out.append(ch);
			}
		}
		return out.toString();
	}
}
