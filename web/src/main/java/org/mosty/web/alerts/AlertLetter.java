package org.mosty.web.alerts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mosty.interop.Permalinks;
import org.mosty.search.SearchParameters;
import org.mosty.search.SearchResult;
import org.mosty.web.i18n.Plurals;
import org.mosty.web.i18n.UiLanguage;
import org.mosty.web.reader.ReadLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * An alert as an e-mail in the language of the user's newest saved search among those listed:
 * subject, an HTML part (template {@code alerts/mail.html}) and a plain-text part with the same
 * content, every link absolute, a one-click unsubscribe link per saved search and for all.
 */
@Component
class AlertLetter {

	/** A written alert. */
	record Letter(String lang, String subject, String text, String html, String unsubscribe, int documents) {
	}

	/** The template's model: one section per saved search that found something. */
	record Section(String name, String searchUrl, String unsubscribeUrl, String count, List<Item> items) {
	}

	/** A document in an alert: its title, link, language and snippets (HTML with {@code <mark>}, and plain). */
	record Item(String title, String url, String titleLanguage, String language, List<Snippet> snippets) {
	}

	record Snippet(String html, String text, String page, String readUrl) {
	}

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final Plurals plurals;

	private final Permalinks permalinks;

	private final UnsubscribeTokens tokens;

	AlertLetter(ITemplateEngine templates, MessageSource messages, Plurals plurals, Permalinks permalinks,
			UnsubscribeTokens tokens) {
		this.templates = templates;
		this.messages = messages;
		this.plurals = plurals;
		this.permalinks = permalinks;
		this.tokens = tokens;
	}

	/** The letter of the sections that found something; {@code null} when none did. */
	Letter write(String username, List<UserAlert.Section> found) {
		List<UserAlert.Section> listed = found.stream().filter(section -> !section.hits().isEmpty()).toList();
		if (listed.isEmpty()) {
			return null;
		}
		String lang = listed.stream()
			.max(Comparator.comparing(section -> section.search().createdAt()))
			.map(section -> section.search().lang())
			.filter(UiLanguage.LANGUAGES::contains)
			.orElse("pl");
		Locale locale = Locale.forLanguageTag(lang);
		String base = permalinks.base();
		List<Section> sections = new ArrayList<>();
		int documents = 0;
		for (UserAlert.Section section : listed) {
			List<Item> items = new ArrayList<>();
			String[] query = SearchParameters.parse(section.search().parameters()).get("q");
			for (SearchResult.Hit hit : section.hits()) {
				items.add(item(hit, query == null ? null : query[0], base, lang, locale));
			}
			documents += items.size();
			sections.add(new Section(section.search().name(), base + "/search?" + section.search().parameters(),
					unsubscribeUrl(username, section.search().id()),
					plurals.text("w.alert.count", lang, section.total()), items));
		}
		String subject = sections.size() == 1
				? plurals.text("w.alert.subjectOne", lang, documents, sections.get(0).name())
				: plurals.text("w.alert.subjectMany", lang, documents, sections.size());
		String unsubscribeAll = unsubscribeUrl(username, null);
		String manage = base + "/me/searches?lang=" + lang;
		Context context = new Context(locale, Map.of("lang", lang, "subject", subject, "sections", sections,
				"manageUrl", manage, "unsubscribeUrl", unsubscribeAll));
		String html = templates.process("alerts/mail", context);
		return new Letter(lang, subject, text(subject, sections, manage, unsubscribeAll, locale), html, unsubscribeAll,
				documents);
	}

	private Item item(SearchResult.Hit hit, String query, String base, String lang, Locale locale) {
		List<Snippet> snippets = hit.snippets()
			.stream()
			.map(snippet -> new Snippet(snippet.text(), snippet.plainText(), snippet.page() == null ? null
					: messages.getMessage("ui.snippetPage", new Object[] { snippet.page() }, locale),
					snippet.page() == null ? null : base + ReadLinks.of(hit.id(), query, snippet.page(), lang)))
			.toList();
		String language = hit.language() == null ? null : UiLanguage.endonym(hit.language());
		return new Item(hit.title(), base + "/documents/" + UriUtils.encodePathSegment(hit.id(),
				java.nio.charset.StandardCharsets.UTF_8) + "?lang=" + lang, hit.language(), language, snippets);
	}

	String unsubscribeUrl(String username, String search) {
		return permalinks.base() + "/alerts/unsubscribe?t=" + tokens.token(username, search);
	}

	private String text(String subject, List<Section> sections, String manage, String unsubscribeAll, Locale locale) {
		StringBuilder out = new StringBuilder();
		out.append(subject).append("\n\n");
		for (Section section : sections) {
			out.append("== ").append(section.name()).append(" (").append(section.count()).append(")\n");
			out.append(section.searchUrl()).append("\n\n");
			for (Item item : section.items()) {
				out.append("* ").append(item.title());
				if (item.language() != null) {
					out.append(" [").append(item.language()).append(']');
				}
				out.append('\n').append("  ").append(item.url()).append('\n');
				for (Snippet snippet : item.snippets()) {
					out.append("  > ").append(snippet.text());
					if (snippet.page() != null) {
						out.append(" (").append(snippet.page()).append(": ").append(snippet.readUrl()).append(')');
					}
					out.append('\n');
				}
				out.append('\n');
			}
			out.append(messages.getMessage("w.alert.stopOne", null, locale)).append(": ")
				.append(section.unsubscribeUrl()).append("\n\n");
		}
		out.append("-- \n");
		out.append(messages.getMessage("w.alert.manage", null, locale)).append(": ").append(manage).append('\n');
		out.append(messages.getMessage("w.alert.stopAll", null, locale)).append(": ").append(unsubscribeAll).append('\n');
		return out.toString();
	}
}
