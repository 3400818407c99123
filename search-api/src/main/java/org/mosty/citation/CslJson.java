package org.mosty.citation;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** CSL-JSON items (the citeproc input format; an array, as citeproc-js and Zotero expect). */
final class CslJson {

	private static final Map<String, String> TYPES = Map.of("report", "report", "policy-brief", "report",
			"legal-analysis", "report", "article", "article", "newsletter", "article-newspaper", "presentation",
			"speech", "leaflet", "pamphlet");

	private CslJson() {
	}

	static ArrayNode items(JsonMapper json, List<Citable> citables) {
		ArrayNode items = json.createArrayNode();
		for (Citable c : citables) {
			ObjectNode item = items.addObject();
			item.put("id", c.key());
			item.put("type", TYPES.getOrDefault(c.type(), "document"));
			item.put("title", c.title());
			ArrayNode authors = item.putArray("author");
			if (c.corporateAuthor()) {
				authors.addObject().put("literal", c.organization());
			}
			for (String person : c.persons()) {
				String[] parts = Citable.familyGiven(person);
				ObjectNode name = authors.addObject().put("family", parts[0]);
				if (!parts[1].isEmpty()) {
					name.put("given", parts[1]);
				}
			}
			if (authors.isEmpty()) {
				item.remove("author");
			}
			if (c.organization() != null) {
				item.put("publisher", c.organization());
			}
			if (c.published() != null) {
				item.putObject("issued").putArray("date-parts").addArray().add(c.published().getYear())
					.add(c.published().getMonthValue()).add(c.published().getDayOfMonth());
			}
			else if (c.year() != null) {
				item.putObject("issued").putArray("date-parts").addArray().add(c.year());
			}
			if (c.language() != null) {
				item.put("language", c.language());
			}
			item.put("genre", c.type());
			item.put("URL", c.url());
			if (c.description() != null) {
				item.put("abstract", c.description());
			}
			if (!c.topics().isEmpty()) {
				item.put("keyword", String.join(", ", c.topics()));
			}
			if (c.license() != null) {
				item.put("license", c.license());
			}
		}
		return items;
	}
}
