package org.mosty.indexer.catalogue;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor says about a publication (Dublin Core compatible). Validated on upload; the
 * catalogue stores it as JSON.
 *
 * @param title the title as printed on the publication
 * @param type a {@link DocumentType} id
 * @param access who may see it
 * @param topics glossary concept ids
 * @param organization the publishing organisation
 * @param year the publication year
 * @param region a voivodeship (lower-case Polish) or {@code cała-polska}
 * @param audience who it is written for
 * @param authors personal authors, if any
 * @param description one sentence about it
 * @param language the language the editor declares (optional; the detected one is kept apart)
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = false)
public record DocumentMetadata(
		@NotBlank @Size(max = 500) String title,
		@NotBlank String type,
		@NotNull AccessLevel access,
		@Size(max = 20) List<@NotBlank @Pattern(regexp = "[a-z0-9-]{1,64}") String> topics,
		@Size(max = 300) String organization,
		@Min(1900) @Max(2100) Integer year,
		@Size(max = 100) String region,
		@Size(max = 10) List<@NotBlank @Size(max = 64) String> audience,
		@Size(max = 50) List<@NotBlank @Size(max = 200) String> authors,
		@Size(max = 2000) String description,
		@Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as pl, uk or en") String language) {

	public DocumentMetadata {
		topics = topics == null ? List.of() : List.copyOf(topics);
		audience = audience == null ? List.of() : List.copyOf(audience);
		authors = authors == null ? List.of() : List.copyOf(authors);
		title = title == null ? null : title.strip();
	}
}
