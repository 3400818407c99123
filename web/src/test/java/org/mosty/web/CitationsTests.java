package org.mosty.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.catalogue.DocumentStatus;

class CitationsTests {

	private static final CatalogueDocument DOC = new CatalogueDocument("01J0000000000000000000000A", "r.pdf", 10,
			"0".repeat(64), "application/pdf",
			new DocumentMetadata("Raport {o} 100% & więcej", "report", AccessLevel.PUBLIC, List.of("housing"),
					"Fundacja Przykład", 2024, null, List.of(), List.of("Anna Kowalska", "Jan Nowak"), null, "pl"),
			DocumentStatus.INDEXED, null, "pl", List.of("pl"), 3, 100, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, null);

	@Test
	void bibtexEscapesSpecialCharactersAndJoinsAuthors() {
		String bibtex = Citations.bibtex(DOC, "http://localhost/documents/01J0000000000000000000000A");
		assertThat(bibtex).startsWith("@techreport{mosty-01j0000000000000000000000a,\n")
			.contains("  title = {Raport o 100\\% \\& więcej},")
			.contains("  author = {Anna Kowalska and Jan Nowak},")
			.contains("  institution = {Fundacja Przykład},")
			.contains("  year = {2024},")
			.endsWith("  url = {http://localhost/documents/01J0000000000000000000000A}\n}\n");
	}

	@Test
	void risHasOneTagPerLineAndAnEndRecord() {
		String ris = Citations.ris(DOC, "http://localhost/documents/x");
		assertThat(ris.lines()).containsExactly("TY  - RPRT", "TI  - Raport {o} 100% & więcej", "AU  - Anna Kowalska",
				"AU  - Jan Nowak", "PB  - Fundacja Przykład", "PY  - 2024", "LA  - pl", "KW  - housing",
				"UR  - http://localhost/documents/x", "ER  - ");
	}
}
