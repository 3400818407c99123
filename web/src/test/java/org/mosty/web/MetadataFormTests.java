package org.mosty.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.documents.InvalidMetadataException;

class MetadataFormTests {

	@Test
	void theFormBecomesMetadataAndBackAgain() {
		MetadataForm form = new MetadataForm(" Raport ", null, "Звіт", "", "report", "MEMBERS", List.of("housing", ""),
				"Fundacja", "2024", "2024-05-17", "pomorskie", List.of("teachers"), "children, women",
				"Anna Kowalska\r\n\nJan Nowak\n", "Opis", "", "Gdańsk", "CC BY 4.0", "https://example.org/r", null);
		DocumentMetadata metadata = form.toMetadata();
		assertThat(metadata.title()).isEqualTo("Raport");
		assertThat(metadata.titles()).containsOnlyKeys("uk");
		assertThat(metadata.access()).isEqualTo(AccessLevel.MEMBERS);
		assertThat(metadata.topics()).containsExactly("housing");
		assertThat(metadata.authors()).containsExactly("Anna Kowalska", "Jan Nowak");
		assertThat(metadata.targetGroups()).containsExactly("children", "women");
		assertThat(metadata.published()).isEqualTo(LocalDate.of(2024, 5, 17));
		assertThat(metadata.language()).isNull();
		assertThat(MetadataForm.of(metadata).toMetadata()).isEqualTo(metadata);
	}

	@Test
	void whatTheFormCannotParseIsReportedPerField() {
		MetadataForm form = new MetadataForm("T", null, null, null, "report", "SECRET", null, null, "dwa tysiące",
				"17.05.2024", null, null, null, null, null, null, null, null, null, null);
		assertThatThrownBy(form::toMetadata).isInstanceOf(InvalidMetadataException.class)
			.satisfies(ex -> assertThat(((InvalidMetadataException) ex).problems()).containsExactly(
					"year: must be a whole number", "access: use PUBLIC, MEMBERS or RESTRICTED",
					"published: must be a date YYYY-MM-DD"));
	}
}
