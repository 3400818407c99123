package org.mosty.indexer.catalogue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor says about a publication (Dublin Core compatible: title, creator = authors,
 * publisher = organization, type, subject = topics, audience, coverage = region/city, date =
 * published, language, rights = licence and access, source = sourceUrl). Validated on upload and
 * on edit; the catalogue stores it as JSON.
 *
 * @param title the title as printed on the publication; when blank, the first of
 *     {@code titles} (pl, uk, en) is used
 * @param type a {@link DocumentType} id
 * @param access who may see it
 * @param topics glossary concept ids
 * @param organization the publishing organisation (an entry of the organisation authority list)
 * @param year the publication year (taken from {@code published} when absent)
 * @param region a voivodeship (lower-case Polish) or {@code cała-polska}
 * @param audience who it is written for
 * @param authors personal authors, if any
 * @param description one sentence about it
 * @param language the language the editor declares (optional; the detected one is kept apart)
 * @param titles the title in other languages, by language code ({@code pl}, {@code uk},
 *     {@code en})
 * @param city the city the publication is about, if any
 * @param targetGroups the people it is about (for example {@code children}, {@code women})
 * @param published the publication date
 * @param license the licence, for example {@code CC BY 4.0}
 * @param sourceUrl where it was first published (http or https)
 * @param validAsOf for legal material: the date the law is described as of
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = false)
public record DocumentMetadata(
		@NotBlank(message = "give a title or at least one of titles.pl, titles.uk, titles.en") @Size(max = 500) String title,
		@NotBlank String type,
		@NotNull AccessLevel access,
		@Size(max = 20) List<@NotBlank @Pattern(regexp = "[a-z0-9-]{1,64}") String> topics,
		@Size(max = 300) String organization,
		@Min(1900) @Max(2100) Integer year,
		@Size(max = 100) String region,
		@Size(max = 10) List<@NotBlank @Size(max = 64) String> audience,
		@Size(max = 50) List<@NotBlank @Size(max = 200) String> authors,
		@Size(max = 2000) String description,
		@Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as pl, uk or en") String language,
		@Size(max = 3) Map<@Pattern(regexp = "pl|uk|en", message = "use pl, uk or en") String, @NotBlank @Size(max = 500) String> titles,
		@Size(max = 100) String city,
		@Size(max = 10) List<@NotBlank @Size(max = 64) String> targetGroups,
		LocalDate published,
		@Size(max = 100) String license,
		@Size(max = 2000) @Pattern(regexp = "https?://[^\\s<>\"]+", message = "must be an http or https address") String sourceUrl,
		LocalDate validAsOf) {

	public DocumentMetadata {
		topics = topics == null ? List.of() : List.copyOf(topics);
		audience = audience == null ? List.of() : List.copyOf(audience);
		authors = authors == null ? List.of() : List.copyOf(authors);
		targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
		titles = titles == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(titles));
		title = title == null ? null : title.strip();
		if ((title == null || title.isEmpty()) && !titles.isEmpty()) {
			title = firstTitle(titles);
		}
		if (year == null && published != null) {
			year = published.getYear();
		}
	}

	/** The first-cut metadata (before per-language titles, dates, licence and source). */
	public DocumentMetadata(String title, String type, AccessLevel access, List<String> topics, String organization,
			Integer year, String region, List<String> audience, List<String> authors, String description,
			String language) {
		this(title, type, access, topics, organization, year, region, audience, authors, description, language, null,
				null, null, null, null, null, null);
	}

	private static String firstTitle(Map<String, String> titles) {
		for (String lang : List.of("pl", "uk", "en")) {
			String value = titles.get(lang);
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return null;
	}
}
