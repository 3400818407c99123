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
			out.append("<li class=\"hit\"><span class=\"").append(format.icon(hit.type()))
				.append("\" aria-hidden=\"true\"></span><div class=\"hitbody\"><h3><a href=\"")
				.append(escape(hit.url() + "?lang=" + UriUtils.encodeQueryParam(lang, java.nio.charset.StandardCharsets.UTF_8)))
				.append('"').append(language).append('>').append(escape(hit.title())).append("</a></h3>")
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
			out.append("</div></li>\n");
		}
		return out.toString();
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
