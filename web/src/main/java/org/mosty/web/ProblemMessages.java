package org.mosty.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Validation problems in the page's language. The search parser, the metadata rules and the bean
 * constraints of the indexer and search-api describe a problem as {@code field: what is wrong} in
 * English, without a code; this class reads the field and the known wordings and writes
 * "Field label: explanation" from the web bundles. A wording it does not know keeps its English
 * explanation after the localized field label.
 */
@Component
class ProblemMessages {

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

	/** Fields holding a list: "size must be between" is about the number of items. */
	private static final List<String> LISTS = List.of("topics", "audience", "authors", "targetGroups", "titles");

	/** The known wordings, in the order tried; groups are the message's arguments. */
	private static final List<Wording> WORDINGS = List.of(
			// search parameters (SearchRequestParser)
			new Wording("at most (\\d+) characters", "w.problem.maxChars"),
			new Wording("unknown facet; .*", "w.problem.unknownFilter"),
			new Wording("a value is longer than (\\d+) characters", "w.problem.maxChars"),
			new Wording("at most (\\d+) values", "w.problem.maxValues"),
			new Wording("must not be after year\\.to", "w.problem.yearOrder"),
			new Wording("use relevance, newest, oldest or title", "w.problem.sort"),
			new Wording("results deeper than (\\d+) hits are not served.*", "w.problem.tooDeep"),
			new Wording("use pl, uk or en", "w.problem.lang"), new Wording("give it once", "w.problem.once"),
			new Wording("must be between (\\d+) and (\\d+)", "w.problem.between"),
			new Wording("must be a whole number", "w.problem.number"),
			// metadata (bean constraints of DocumentMetadata, MetadataRules, DocumentRegistration, MetadataForm)
			new Wording("give a title or at least one of .*", "w.problem.title"),
			new Wording("(?:is required|must not be blank|must not be null|must not be empty)", "w.problem.required"),
			new Wording("size must be between (\\d+) and (\\d+)", "w.problem.size"),
			new Wording("must be greater than or equal to (\\d+)", "w.problem.min"),
			new Wording("must be less than or equal to (\\d+)", "w.problem.max"),
			new Wording("must be one of .*", "w.problem.choice"),
			new Wording("unknown topic '(.*)'", "w.problem.topic"),
			new Wording("must be a voivodeship .*", "w.problem.region"),
			new Wording("must be the year of published \\((\\d+)\\)", "w.problem.yearPublished"),
			new Wording("must be an http or https address", "w.problem.url"),
			new Wording("must be an ISO 639-1 code.*", "w.problem.language"),
			new Wording("use PUBLIC, MEMBERS or RESTRICTED", "w.problem.access"),
			new Wording("must be a date YYYY-MM-DD", "w.problem.date"),
			new Wording("must match .*", "w.problem.format"));

	private final MessageSource messages;

	ProblemMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** Each problem in {@code lang}. */
	List<String> localize(List<String> problems, String lang) {
		return problems.stream().map(problem -> localize(problem, lang)).toList();
	}

	/** {@code field: what is wrong} as "Label: explanation" in {@code lang}. */
	String localize(String problem, String lang) {
		Locale locale = Locale.forLanguageTag(lang);
		if (problem == null) {
			return "";
		}
		int colon = problem.indexOf(": ");
		if (colon <= 0) {
			return problem;
		}
		String path = problem.substring(0, colon);
		String detail = problem.substring(colon + 2).strip();
		String field = field(path);
		String label = label(field, locale);
		for (Wording wording : WORDINGS) {
			Matcher matcher = wording.pattern().matcher(detail);
			if (matcher.matches()) {
				String code = wording.code();
				if ("w.problem.size".equals(code)) {
					boolean items = LISTS.contains(field) && path.equals(field);
					return label + ": " + text(items ? "w.problem.maxItems" : "w.problem.maxChars", locale,
							matcher.group(2));
				}
				Object[] arguments = new Object[matcher.groupCount()];
				for (int i = 0; i < arguments.length; i++) {
					arguments[i] = matcher.group(i + 1);
				}
				return label + ": " + text(code, locale, arguments);
			}
		}
		return label + ": " + detail;
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

	private String text(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments.length == 0 ? null : arguments, locale);
	}

	private record Wording(Pattern pattern, String code) {

		Wording(String regex, String code) {
			this(Pattern.compile(regex), code);
		}
	}
}
