package org.mosty.solr;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How Mosty reaches Solr.
 *
 * @param mode {@code embedded} (a core inside this JVM, under the data folder) or {@code http}
 *     (a standalone Solr 9 with the Mosty configset)
 * @param url the Solr base URL for {@code http}, for example {@code http://localhost:8983/solr}
 * @param core the core (or collection) name
 * @param commitWithin how soon an indexed document must become searchable
 */
@Validated
@ConfigurationProperties("mosty.solr")
public record SolrProperties(
		@NotNull @DefaultValue("embedded") Mode mode,
		URI url,
		@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") @DefaultValue("mosty") String core,
		@NotNull @DefaultValue("1s") Duration commitWithin) {

	/** Where the index lives. */
	public enum Mode {
		EMBEDDED, HTTP
	}

	@AssertTrue(message = "mosty.solr.url must be an http(s) URL when mosty.solr.mode=http")
	public boolean isUrlValidForMode() {
		if (mode != Mode.HTTP) {
			return true;
		}
		return url != null && url.getHost() != null
				&& ("http".equals(url.getScheme()) || "https".equals(url.getScheme()));
	}

	/** {@link #commitWithin} in whole milliseconds, as SolrJ wants it. */
	public int commitWithinMillis() {
		return (int) Math.min(Integer.MAX_VALUE, commitWithin.toMillis());
	}
}
