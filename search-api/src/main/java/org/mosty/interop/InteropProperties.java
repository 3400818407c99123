package org.mosty.interop;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How Mosty presents itself to harvesters, feed readers and reference managers
 * ({@code mosty.interop.*}).
 *
 * @param baseUrl the public address permalinks are made of, for example
 *     {@code https://mosty.example.org}; when blank, the address of the current request is used
 *     (fine for one host name, set it behind a proxy so permalinks stay stable)
 * @param repositoryName the name OAI-PMH Identify and the feeds show
 * @param adminEmail the OAI-PMH administrator address
 * @param repositoryIdentifier the OAI identifier namespace ({@code oai:<this>:<document id>}) and
 *     the authority of the feeds' {@code tag:} ids; a domain name the operator controls
 * @param oaiPageSize records per OAI-PMH list response before a resumption token
 * @param exportMaxHits the most hits one result-set export returns
 * @param feedMaxEntries the most entries one Atom feed returns
 * @param sitemapPartSize the most URLs in one sitemap file before the sitemap becomes an index of
 *     parts (50,000, the protocol's limit, by default)
 */
@Validated
@ConfigurationProperties("mosty.interop")
public record InteropProperties(@DefaultValue("") String baseUrl, @DefaultValue("Mosty") @NotBlank String repositoryName,
		@DefaultValue("mosty@example.org") @Email @NotBlank String adminEmail,
		@DefaultValue("mosty.example.org") @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9-]*(\\.[a-zA-Z][a-zA-Z0-9-]*)+") String repositoryIdentifier,
		@DefaultValue("100") @Min(1) @Max(1000) int oaiPageSize,
		@DefaultValue("1000") @Min(1) @Max(10000) int exportMaxHits,
		@DefaultValue("50") @Min(1) @Max(500) int feedMaxEntries,
		@DefaultValue("50000") @Min(1) @Max(50000) int sitemapPartSize) {
}
