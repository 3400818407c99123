package org.mosty.web;

import static org.mosty.web.Html.escape;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The header (skip link, navigation, language switch, account) and the footer of every page,
 * written in Java once for both kinds of page: {@link PageModel} puts them in every page's model,
 * {@code layout.html} inserts them into the template pages, and the search page, written without
 * a template, uses {@link #page}.
 * The same markup on every page, rendered without Thymeleaf walking its forty elements on each
 * request, which counts on the search page (see docs/benchmarks.md). Every text is escaped.
 */
@Component
class LayoutHtml {

	private static final Map<String, String> LANGUAGE_NAMES = Map.of("pl", "polski", "uk", "українська", "en",
			"English");

	private final MessageSource messages;

	LayoutHtml(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The skip link and the header for a page in {@code lang}, with the signed-in user or none; the
	 * sign-out form carries the CSRF token ({@code _csrf}, a request attribute set by Spring Security).
	 */
	String top(String lang, Map<String, String> langLinks, PageModel.User user, CsrfToken csrf) {
		Locale locale = Locale.forLanguageTag(lang);
		String langParameter = "?lang=" + UriUtils.encodeQueryParam(lang, java.nio.charset.StandardCharsets.UTF_8);
		StringBuilder out = new StringBuilder(2048);
		out.append("<a class=\"skip\" href=\"#main\">").append(text("w.skip", locale)).append("</a>\n")
			.append("<header class=\"top\"><a class=\"brand\" href=\"").append(escape("/" + langParameter))
			.append("\"><span aria-hidden=\"true\" class=\"logo\"></span>Mosty</a><nav class=\"mainnav\" aria-label=\"")
			.append(text("w.nav", locale)).append("\">");
		link(out, "/search" + langParameter, text("w.nav.search", locale));
		if (user != null && user.isEditor()) {
			link(out, "/editor" + langParameter, text("w.nav.editor", locale));
			link(out, "/editor/upload" + langParameter, text("w.nav.upload", locale));
			link(out, "/editor/runs" + langParameter, text("w.nav.runs", locale));
		}
		out.append("</nav><nav class=\"langs\" aria-label=\"").append(text("ui.languages", locale)).append("\">");
		for (String code : UiLanguage.LANGUAGES) {
			out.append("<a href=\"").append(escape(langLinks.get(code))).append("\" hreflang=\"").append(code)
				.append("\" lang=\"").append(code).append('"').append(code.equals(lang) ? " aria-current=\"true\"" : "")
				.append('>').append(LANGUAGE_NAMES.get(code)).append("</a>");
		}
		out.append("</nav><div class=\"account\">");
		if (user != null) {
			out.append("<span class=\"who\"><span>").append(escape(user.name())).append("</span>");
			if (user.role() != null) {
				out.append(" <span class=\"role\">").append(text("w.role." + user.role(), locale)).append("</span>");
			}
			out.append("</span><form action=\"/logout\" method=\"post\" class=\"inline\">");
			if (csrf != null) {
				out.append("<input type=\"hidden\" name=\"").append(escape(csrf.getParameterName()))
					.append("\" value=\"").append(escape(csrf.getToken())).append("\">");
			}
			out.append("<button type=\"submit\" class=\"link\">").append(text("w.logout", locale))
				.append("</button></form>");
		}
		else {
			link(out, "/login" + langParameter, text("w.login", locale));
		}
		return out.append("</div></header>").toString();
	}

	/**
	 * The search page's {@code <head>} besides its title, as {@code layout.html} writes it for the
	 * template pages (change both together): the character set, the viewport, the style sheet and
	 * script, and the search's Atom feed. The search page needs no htmx.
	 */
	private static String head(String feedUrl) {
		StringBuilder out = new StringBuilder(512).append("<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<link rel=\"stylesheet\" href=\"/mosty.css\">\n<script src=\"/mosty.js\" defer></script>\n");
		if (feedUrl != null) {
			out.append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Atom\" href=\"")
				.append(escape(feedUrl)).append("\">\n");
		}
		return out.toString();
	}

	/** A whole page around {@code content} (HTML), for pages written without a template: the search page. */
	String page(String lang, String title, String feedUrl, String top, String content, String foot) {
		return new StringBuilder(content.length() + top.length() + 1024).append("<!DOCTYPE html>\n<html lang=\"")
			.append(escape(lang)).append("\">\n<head>\n").append(head(feedUrl)).append("<title>")
			.append(escape(title)).append("</title>\n</head>\n<body>\n").append(top)
			.append("\n<main id=\"main\" tabindex=\"-1\">").append(content).append("</main>\n").append(foot)
			.append("\n</body>\n</html>\n")
			.toString();
	}

	/** The footer line. */
	String foot(String lang) {
		return "<footer class=\"foot\"><p>" + text("w.footer", Locale.forLanguageTag(lang)) + "</p></footer>";
	}

	private String text(String code, Locale locale) {
		return escape(messages.getMessage(code, null, code, locale));
	}

	private static void link(StringBuilder out, String url, String label) {
		out.append("<a href=\"").append(escape(url)).append("\">").append(label).append("</a>");
	}
}
