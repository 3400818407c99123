package org.mosty.web;

import static org.mosty.web.Html.escape;

import java.util.List;
import java.util.Locale;

import org.mosty.search.Facet;
import org.mosty.search.FacetLabels;
import org.mosty.search.SearchResult;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The two long lists of the search page, the facet checkboxes and the hits, written as HTML in
 * Java: a template evaluates a dozen expressions for each of the hundred or so items, which made
 * the page take about twice the server time of {@code /api/search}; writing them here keeps it
 * close to the API (see docs/benchmarks.md). Every text from the index or the user is escaped
 * with {@link Html#escape}; snippets are already escaped HTML with {@code <mark>} only.
 */
@Component
class ResultsHtml {

	private final MessageSource messages;

	private final FacetLabels labels;

	private final UiFormat format;

	private final Plurals plurals;

	ResultsHtml(MessageSource messages, FacetLabels labels, UiFormat format, Plurals plurals) {
		this.messages = messages;
		this.labels = labels;
		this.format = format;
		this.plurals = plurals;
	}

	/** One fieldset per facet with values: checkboxes, the first {@code visible} and the selected shown, the rest behind "more". */
	String facets(SearchResult result, List<Facet> facets, int visible, String lang) {
		Locale locale = Locale.forLanguageTag(lang);
		StringBuilder out = new StringBuilder(8192);
		for (Facet facet : facets) {
			List<SearchResult.FacetValue> values = result.facets().get(facet.parameter());
			if (values == null || values.isEmpty()) {
				continue;
			}
			String name = facet.parameter();
			out.append("<fieldset class=\"facet\"><legend>")
				.append(escape(messages.getMessage("facet." + name, null, name, locale)))
				.append("</legend><ul>");
			int hidden = 0;
			for (int i = 0; i < values.size(); i++) {
				SearchResult.FacetValue value = values.get(i);
				if (i < visible || value.selected()) {
					checkbox(out, name, i, value);
				}
				else {
					hidden++;
				}
			}
			out.append("</ul>");
			if (hidden > 0) {
				out.append("<details><summary>")
					.append(escape(messages.getMessage("w.filters.more", new Object[] { hidden }, locale)))
					.append("</summary><ul>");
				for (int i = visible; i < values.size(); i++) {
					if (!values.get(i).selected()) {
						checkbox(out, name, i, values.get(i));
					}
				}
				out.append("</ul></details>");
			}
			out.append("</fieldset>\n");
		}
		return out.toString();
	}

	private static void checkbox(StringBuilder out, String name, int index, SearchResult.FacetValue value) {
		String id = "f-" + name + "-" + index;
		out.append("<li><input type=\"checkbox\" name=\"f.").append(name).append("\" value=\"")
			.append(escape(value.value())).append("\" id=\"").append(id).append('"')
			.append(value.selected() ? " checked" : "").append("><label for=\"").append(id).append("\"><span>")
			.append(escape(value.label())).append("</span> <span class=\"count\">(").append(value.count())
			.append(")</span></label></li>");
	}

	/** The hits as list items: type icon, title link, type, organisation, year, language badges, snippets with pages. */
	String hits(SearchResult result, String lang) {
		Locale locale = Locale.forLanguageTag(lang);
		StringBuilder out = new StringBuilder(16384);
		for (SearchResult.Hit hit : result.hits()) {
			String language = hit.language() == null ? "" : " lang=\"" + escape(hit.language()) + "\"";
			// issue 17: the title in the reader's language where the editor gave one
			boolean ownTitle = hit.titles().containsKey(lang);
			String titleLanguage = ownTitle ? " lang=\"" + escape(lang) + "\"" : language;
			out.append("<li class=\"hit\"><span class=\"").append(format.icon(hit.type()))
				.append("\" aria-hidden=\"true\"></span><div class=\"hitbody\"><h3><a href=\"")
				.append(escape(hit.url() + "?lang=" + UriUtils.encodeQueryParam(lang, java.nio.charset.StandardCharsets.UTF_8)))
				.append('"').append(titleLanguage).append('>').append(escape(hit.title(lang))).append("</a></h3>")
				.append("<p class=\"meta\"><span class=\"type\">")
				.append(escape(labels.label(Facet.TYPE, hit.type(), lang))).append("</span>");
			if (hit.organization() != null) {
				out.append("<span>").append(escape(hit.organization())).append("</span>");
			}
			if (hit.year() != null) {
				out.append("<span>").append(hit.year()).append("</span>");
			}
			if (!hit.languages().isEmpty()) {
				out.append("<span class=\"badges\">");
				for (String code : hit.languages()) {
					out.append("<span class=\"badge\"><span aria-hidden=\"true\">")
						.append(escape(code.toUpperCase(Locale.ROOT))).append("</span><span class=\"sr\">")
						.append(escape(labels.label(Facet.LANGUAGE, code, lang))).append("</span></span>");
				}
				out.append("</span>");
			}
			out.append("</p>");
			for (SearchResult.Snippet snippet : hit.snippets()) {
				// snippet text: HTML escaped by the search service, <mark> around matches
				out.append("<p class=\"snippet\"><span").append(language).append('>').append(snippet.text())
					.append("</span>");
				if (snippet.page() != null) {
					out.append(" <span class=\"page\">")
						.append(escape(messages.getMessage("ui.snippetPage", new Object[] { snippet.page() }, locale)))
						.append("</span>");
				}
				out.append("</p>");
			}
			gloss(out, hit, language, locale);
			out.append("</div></li>\n");
		}
		return out.toString();
	}

	/**
	 * Issue 17: why a hit in another language is there, beside its snippets: "притулок = azyl", the
	 * word in the hit's language, then the reader's query word.
	 */
	private void gloss(StringBuilder out, SearchResult.Hit hit, String language, Locale locale) {
		if (hit.matchedVia().isEmpty()) {
			return;
		}
		out.append("<p class=\"gloss\"><span class=\"glosslabel\">")
			.append(escape(messages.getMessage("ui.matchedVia", null, locale)))
			.append("</span> ");
		for (int i = 0; i < hit.matchedVia().size(); i++) {
			SearchResult.MatchedVia via = hit.matchedVia().get(i);
			if (i > 0) {
				out.append(", ");
			}
			out.append("<span class=\"glossitem\"><span").append(language).append('>').append(escape(via.matched()))
				.append("</span> = <span>").append(escape(via.query())).append("</span></span>");
		}
		out.append("</p>");
	}

	/** The years with documents, each a link limiting the search to that year. */
	String years(SearchResult result, SearchLinks links, String lang) {
		List<SearchResult.FacetValue> years = result.facets().get(Facet.YEAR.parameter());
		if (years == null || years.isEmpty()) {
			return "";
		}
		StringBuilder out = new StringBuilder("<p class=\"yearlist\">");
		for (SearchResult.FacetValue year : years) {
			out.append("<a href=\"").append(escape(links.year(year.value()))).append("\" aria-label=\"")
				.append(escape(plurals.text("w.year.only", lang, year.count(), year.value())))
				.append("\"><span>").append(escape(year.value())).append("</span>&nbsp;<span class=\"count\">(")
				.append(year.count()).append(")</span></a> ");
		}
		return out.append("</p>").toString();
	}
}
