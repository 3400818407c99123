package org.mosty.web;

import static org.mosty.web.Html.escape;

import java.util.List;
import java.util.Locale;

import org.mosty.search.SearchRequest;
import org.mosty.search.SearchResult;
import org.mosty.search.SearchSort;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The search page's content (everything inside the layout): the form with the query box, the
 * facets, the year range, the chips, the order, "did you mean", the empty-result help, the hits
 * and the pages. Written in Java like {@link ResultsHtml}, and put into the page by
 * {@link LayoutHtml#page} without a template: Thymeleaf walks every element and attribute of a
 * template on each request, which kept the page at 1.2–1.3 × the server time of
 * {@code /api/search} (see docs/benchmarks.md). Every text from the index or the request is
 * escaped with {@link Html#escape}.
 */
@Component
class SearchPageHtml {

	private final MessageSource messages;

	private final ResultsHtml results;

	private final Plurals plurals;

	SearchPageHtml(MessageSource messages, ResultsHtml results, Plurals plurals) {
		this.messages = messages;
		this.results = results;
		this.plurals = plurals;
	}

	/** What the page shows: the parsed request and its result, or only an error for a bad request. */
	record Content(SearchRequest request, SearchResult result, SearchLinks links, List<SearchPageController.Chip> chips,
			List<SearchPageController.Relaxation> relaxations, String feedUrl, String error, String lang) {
	}

	String section(Content page) {
		Text text = new Text(messages, Locale.forLanguageTag(page.lang()));
		StringBuilder out = new StringBuilder(32768);
		out.append("<h1 class=\"sr\">").append(text.get("w.search.title")).append("</h1>\n")
			.append("<form id=\"search\" class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
			.append("<div class=\"qbox\"><label for=\"q\">").append(text.get("ui.search.label"))
			.append("</label><div class=\"qrow\"><input id=\"q\" name=\"q\" type=\"search\" value=\"")
			.append(escape(page.request() == null ? null : page.request().query()))
			.append("\" autocomplete=\"off\" data-suggest=\"/api/suggest\" data-lang=\"").append(escape(page.lang()))
			.append("\" aria-describedby=\"q-hint\" maxlength=\"1000\"><button type=\"submit\">")
			.append(text.get("ui.search.button")).append("</button></div><p id=\"q-hint\" class=\"hint\">")
			.append(text.get("w.search.hint")).append("</p></div>")
			.append("<input type=\"hidden\" name=\"lang\" value=\"").append(escape(page.lang())).append("\">\n");
		if (page.error() != null) {
			out.append("<p class=\"alert\" role=\"alert\">").append(escape(page.error())).append("</p>\n");
		}
		if (page.result() != null) {
			out.append("<div class=\"results\">");
			filters(out, page, text);
			out.append("<div class=\"hits\">");
			chips(out, page, text);
			bar(out, page, text);
			SearchResult result = page.result();
			if (result.didYouMean() != null) {
				out.append("<p class=\"did-you-mean\"><span>").append(text.get("ui.didYouMean")).append("</span> ");
				link(out, page.links().query(result.didYouMean()), result.didYouMean());
				out.append("</p>\n");
			}
			if (result.total() == 0) {
				empty(out, page, text);
			}
			if (!result.hits().isEmpty()) {
				out.append("<ol class=\"hit-list\">").append(results.hits(result, page.lang())).append("</ol>\n");
			}
			pages(out, page, text);
			out.append("</div></div>");
		}
		return out.append("</form>").toString();
	}

	private void filters(StringBuilder out, Content page, Text text) {
		SearchRequest request = page.request();
		out.append("<div class=\"facets\" role=\"group\" aria-labelledby=\"filters-h\"><h2 id=\"filters-h\">")
			.append(text.get("ui.facets")).append("</h2><p class=\"hint js-only\">").append(text.get("w.filters.auto"))
			.append("</p>")
			.append(results.facets(page.result(), SearchPageController.FACETS, SearchPageController.VISIBLE_VALUES,
					page.lang()))
			.append("<fieldset class=\"facet years\"><legend>").append(text.get("facet.year"))
			.append("</legend><div class=\"range\"><label for=\"year-from\">").append(text.get("w.year.from"))
			.append("</label><input id=\"year-from\" name=\"year.from\" type=\"number\" min=\"1000\" max=\"9999\""
					+ " inputmode=\"numeric\" value=\"")
			.append(request.yearFrom() == null ? "" : request.yearFrom()).append("\"><label for=\"year-to\">")
			.append(text.get("w.year.to"))
			.append("</label><input id=\"year-to\" name=\"year.to\" type=\"number\" min=\"1000\" max=\"9999\""
					+ " inputmode=\"numeric\" value=\"")
			.append(request.yearTo() == null ? "" : request.yearTo()).append("\"></div>")
			.append(results.years(page.result(), page.links(), page.lang()))
			.append("</fieldset><button type=\"submit\" class=\"apply\">").append(text.get("w.filters.apply"))
			.append("</button></div>\n");
	}

	private static void chips(StringBuilder out, Content page, Text text) {
		if (page.chips().isEmpty()) {
			return;
		}
		out.append("<div class=\"chips\"><h2 class=\"sr\">").append(text.get("w.chips")).append("</h2><ul>");
		for (SearchPageController.Chip chip : page.chips()) {
			out.append("<li><a class=\"chip\" href=\"").append(escape(chip.removeUrl())).append("\"><span class=\"sr\">")
				.append(text.get("w.chip.remove")).append("</span> <span>").append(text.get("facet." + chip.facet()))
				.append(": ").append(escape(chip.label()))
				.append("</span> <span aria-hidden=\"true\" class=\"x\">×</span></a></li>");
		}
		if (page.chips().size() > 1) {
			out.append("<li><a class=\"clear\" href=\"").append(escape(page.links().withoutFilters())).append("\">")
				.append(text.get("w.chips.clear")).append("</a></li>");
		}
		out.append("</ul></div>\n");
	}

	private void bar(StringBuilder out, Content page, Text text) {
		out.append("<div class=\"bar\"><p class=\"total\" role=\"status\" aria-live=\"polite\">")
			.append(escape(plurals.text("w.results", page.lang(), page.result().total())))
			.append("</p><div class=\"sort\"><label for=\"sort\">").append(text.get("w.sort"))
			.append("</label><select id=\"sort\" name=\"sort\">");
		for (SearchSort sort : SearchSort.values()) {
			out.append("<option value=\"").append(escape(sort.id())).append('"')
				.append(page.request().sort() == sort ? " selected" : "").append('>')
				.append(text.get("w.sort." + sort.id())).append("</option>");
		}
		out.append("</select><button type=\"submit\" class=\"secondary no-js\">").append(text.get("w.sort.apply"))
			.append("</button></div><p class=\"feed\"><a href=\"").append(escape(page.feedUrl()))
			.append("\" type=\"application/atom+xml\" rel=\"alternate\">").append(text.get("w.feed"))
			.append("</a></p></div>\n");
	}

	private void empty(StringBuilder out, Content page, Text text) {
		SearchResult result = page.result();
		out.append("<div class=\"empty\"><h2>").append(text.get("w.empty.title")).append("</h2><ul>");
		if (result.didYouMean() != null) {
			out.append("<li><span>").append(text.get("w.empty.spelling")).append("</span> ");
			link(out, page.links().query(result.didYouMean()), result.didYouMean());
			out.append("</li>");
		}
		List<SearchPageController.Relaxation> relaxations = page.relaxations();
		if (relaxations != null) {
			for (SearchPageController.Relaxation relaxation : relaxations) {
				link(out.append("<li>"), relaxation.url(),
						plurals.text("w.empty.drop", page.lang(), relaxation.total(), relaxation.label()));
				out.append("</li>");
			}
			if (relaxations.size() > 1) {
				out.append("<li>");
				link(out, page.links().withoutFilters(), text.raw("w.chips.clear"));
				out.append("</li>");
			}
		}
		out.append("<li>").append(text.get("w.empty.words")).append("</li></ul></div>\n");
	}

	private static void pages(StringBuilder out, Content page, Text text) {
		SearchResult result = page.result();
		long pages = result.pages();
		if (pages <= 1) {
			return;
		}
		out.append("<nav class=\"pages\" aria-label=\"").append(text.get("ui.pages")).append("\">");
		if (result.page() > 1) {
			out.append("<a href=\"").append(escape(page.links().page(result.page() - 1))).append("\" rel=\"prev\">")
				.append(text.get("ui.previous")).append("</a>");
		}
		for (long p = Math.max(1, result.page() - 2); p <= Math.min(pages, result.page() + 2); p++) {
			if (p == result.page()) {
				out.append("<span class=\"current\" aria-current=\"page\">").append(p).append("</span>");
			}
			else {
				out.append("<a href=\"").append(escape(page.links().page(p))).append("\" aria-label=\"")
					.append(text.get("ui.page", p, pages)).append("\">").append(p).append("</a>");
			}
		}
		if (result.page() < pages) {
			out.append("<a href=\"").append(escape(page.links().page(result.page() + 1))).append("\" rel=\"next\">")
				.append(text.get("ui.next")).append("</a>");
		}
		out.append("</nav>\n");
	}

	private static void link(StringBuilder out, String url, String label) {
		out.append("<a href=\"").append(escape(url)).append("\">").append(escape(label)).append("</a>");
	}


	/** The page's messages in its language, escaped for HTML ({@link #raw} unescaped, for {@link #link}). */
	private record Text(MessageSource messages, Locale locale) {

		String get(String code, Object... arguments) {
			return escape(raw(code, arguments));
		}

		String raw(String code, Object... arguments) {
			return messages.getMessage(code, arguments.length == 0 ? null : arguments, code, locale);
		}
	}
}
