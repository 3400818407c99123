package org.mosty.web.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Problems in the page's language (issue 20: errors as data). Each {@link FieldProblem} carries a
 * stable code, its field and its arguments; this class writes "Field label: explanation" from the
 * web bundles ({@code w.problem.<code>} with the arguments). No English wording is read: rewording
 * a detail in another module changes nothing here, and a new code without a message fails
 * {@code MetadataFormTests}.
 */
@Component
public class ProblemMessages {

	/** Field (parameter or metadata property) to the message key of its label. */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("q", "w.field.q"),
			Map.entry("page", "w.field.page"), Map.entry("size", "w.field.size"), Map.entry("sort", "w.sort"),
			Map.entry("lang", "w.field.lang"), Map.entry("year.from", "w.field.yearFrom"),
			Map.entry("year.to", "w.field.yearTo"), Map.entry("title", "w.form.title"),
			Map.entry("titles", "w.field.titles"), Map.entry("type", "facet.type"), Map.entry("access", "w.doc.access"),
			Map.entry("topics", "facet.topic"), Map.entry("organization", "facet.organization"),
			Map.entry("year", "facet.year"), Map.entry("region", "facet.region"),
			Map.entry("audience", "facet.audience"), Map.entry("authors", "ui.authors"),
			Map.entry("description", "w.form.description"), Map.entry("language", "w.form.language"),
			Map.entry("city", "w.form.city"), Map.entry("targetGroups", "w.form.targetGroups"),
			Map.entry("published", "w.doc.published"), Map.entry("license", "w.doc.license"),
			Map.entry("sourceUrl", "w.doc.source"), Map.entry("validAsOf", "w.doc.validAsOf"),
			Map.entry("files", "w.form.files"), Map.entry("file", "w.doc.file"),
			Map.entry("metadata", "w.field.metadata"));

	private final MessageSource messages;

	public ProblemMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** Each problem in {@code lang}. */
	public List<String> localize(List<FieldProblem> problems, String lang) {
		return problems.stream().map(problem -> localize(problem, lang)).toList();
	}

	/** One problem as "Label: explanation" in {@code lang}. */
	public String localize(FieldProblem problem, String lang) {
		Locale locale = Locale.forLanguageTag(lang);
		String label = label(field(problem.field()), locale);
		Object[] arguments = problem.arguments().toArray();
		String text = messages.getMessage(key(problem.code()), arguments.length == 0 ? null : arguments, problem.detail(),
				locale);
		return label + ": " + text;
	}

	/** The bundle key of a code's explanation. */
	public static String key(ProblemCode code) {
		return "w.problem." + code.code();
	}

	/** {@code topics[0].<list element>} is about {@code topics}, {@code f.type} about the type filter. */
	private static String field(String path) {
		int end = path.length();
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c == '[' || c == '<') {
				end = i;
				break;
			}
		}
		String field = path.substring(0, end);
		return field.endsWith(".") ? field.substring(0, field.length() - 1) : field;
	}

	private String label(String field, Locale locale) {
		if (field.startsWith("f.")) {
			String facet = field.substring(2);
			String name = messages.getMessage("facet." + facet, null, null, locale);
			return name == null ? field : messages.getMessage("w.field.filter", new Object[] { name }, locale);
		}
		String key = FIELDS.get(field);
		return key == null ? field : messages.getMessage(key, null, field, locale);
	}
}
