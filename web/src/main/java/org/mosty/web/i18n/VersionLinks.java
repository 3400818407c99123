package org.mosty.web.i18n;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.mosty.search.Facet;
import org.mosty.search.FacetLabels;
import org.mosty.search.SearchResult;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * A document's other language versions as the pages link them (issue 19): "also in: українська ·
 * English", each named in its own language where it is one of the UI's, else by its name in the
 * page's language (or, with no language known, by its title).
 */
@Component
public class VersionLinks {

	/** One version: its page in the page's language, its name, and its language code for {@code lang} (or {@code null}). */
	public record Link(String url, String name, String lang) {
	}

	private final FacetLabels labels;

	VersionLinks(FacetLabels labels) {
		this.labels = labels;
	}

	public List<Link> of(List<SearchResult.Translation> versions, String lang) {
		String langParameter = "?lang=" + UriUtils.encodeQueryParam(lang, StandardCharsets.UTF_8);
		return versions.stream().map(version -> {
			String endonym = UiLanguage.endonym(version.language());
			String name = endonym != null ? endonym : version.language() != null
					? labels.label(Facet.LANGUAGE, version.language(), lang) : version.title();
			return new Link(version.url() + langParameter, name, endonym != null ? version.language() : null);
		}).toList();
	}
}
