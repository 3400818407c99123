package org.mosty.indexer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class DocumentMetadataTests {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theTitleDefaultsToTheFirstPerLanguageTitleInPolishUkrainianEnglishOrder() {
		DocumentMetadata metadata = new DocumentMetadata(" ", "report", AccessLevel.PUBLIC, null, null, null, null, null,
				null, null, null, Map.of("en", "Guide", "uk", "Посібник"), null, null, null, null, null, null);
		assertThat(metadata.title()).isEqualTo("Посібник");
		assertThat(metadata.titles()).containsEntry("en", "Guide");
	}

	@Test
	void theYearDefaultsToTheYearOfThePublicationDate() {
		DocumentMetadata metadata = new DocumentMetadata("T", "report", AccessLevel.PUBLIC, null, null, null, null, null,
				null, null, null, null, null, null, LocalDate.of(2023, 4, 1), null, null, null);
		assertThat(metadata.year()).isEqualTo(2023);
	}

	@Test
	void theFirstCutConstructorAndJsonStillWork() {
		DocumentMetadata old = new DocumentMetadata("T", "report", AccessLevel.MEMBERS, List.of("housing"), "Org", 2024,
				"mazowieckie", List.of(), List.of("A"), "d", "pl");
		assertThat(old.titles()).isEmpty();
		assertThat(old.targetGroups()).isEmpty();
		DocumentMetadata read = json.readValue(json.writeValueAsString(old), DocumentMetadata.class);
		assertThat(read).isEqualTo(old);
		DocumentMetadata withDates = json.readValue("""
				{"title":"T","type":"report","access":"PUBLIC","published":"2024-02-29","validAsOf":"2024-01-01",
				 "titles":{"uk":"Т"},"targetGroups":["children"],"license":"CC BY 4.0","sourceUrl":"https://example.org"}
				""", DocumentMetadata.class);
		assertThat(withDates.published()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(withDates.year()).isEqualTo(2024);
		assertThat(json.writeValueAsString(withDates)).contains("\"published\":\"2024-02-29\"");
	}
}
