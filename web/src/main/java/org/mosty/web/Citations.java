package org.mosty.web;

import java.util.List;
import java.util.Locale;

import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;

/**
 * Minimal BibTeX and RIS records for the document page's "cite" box. A fuller citation API
 * ({@code /api/documents/{id}/citation}) is a separate feature; this stays small on purpose.
 */
final class Citations {

	private Citations() {
	}

	static String bibtex(CatalogueDocument doc, String url) {
		DocumentMetadata m = doc.metadata();
		StringBuilder out = new StringBuilder();
		out.append('@').append("report".equals(m.type()) || "policy-brief".equals(m.type()) ? "techreport" : "misc")
			.append("{mosty-").append(doc.id().toLowerCase(Locale.ROOT)).append(",\n");
		field(out, "title", m.title());
		if (!m.authors().isEmpty()) {
			field(out, "author", String.join(" and ", m.authors()));
		}
		if ("report".equals(m.type()) || "policy-brief".equals(m.type())) {
			field(out, "institution", m.organization());
		}
		else {
			field(out, "publisher", m.organization());
		}
		field(out, "year", m.year() == null ? null : m.year().toString());
		field(out, "language", doc.language() == null ? m.language() : doc.language());
		field(out, "url", url);
		out.setLength(out.length() - 2);
		return out.append("\n}\n").toString();
	}

	static String ris(CatalogueDocument doc, String url) {
		DocumentMetadata m = doc.metadata();
		StringBuilder out = new StringBuilder();
		line(out, "TY", "report".equals(m.type()) || "policy-brief".equals(m.type()) ? "RPRT" : "GEN");
		line(out, "TI", m.title());
		for (String author : m.authors()) {
			line(out, "AU", author);
		}
		line(out, "PB", m.organization());
		line(out, "PY", m.year() == null ? null : m.year().toString());
		line(out, "LA", doc.language() == null ? m.language() : doc.language());
		for (String topic : m.topics()) {
			line(out, "KW", topic);
		}
		line(out, "UR", url);
		out.append("ER  - \n");
		return out.toString();
	}

	private static void field(StringBuilder out, String name, String value) {
		if (value != null && !value.isBlank()) {
			out.append("  ").append(name).append(" = {").append(bibEscape(value)).append("},\n");
		}
	}

	private static void line(StringBuilder out, String tag, String value) {
		if (value != null && !value.isBlank()) {
			out.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append('\n');
		}
	}

	// braces keep capitals and protect the special characters of BibTeX
	private static String bibEscape(String value) {
		String clean = value.replaceAll("[\\r\\n]+", " ");
		StringBuilder out = new StringBuilder();
		for (char c : clean.toCharArray()) {
			if ("{}\\".indexOf(c) >= 0) {
				continue;
			}
			if ("&%$#_".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}

	static List<String> formats() {
		return List.of("bibtex", "ris");
	}
}
