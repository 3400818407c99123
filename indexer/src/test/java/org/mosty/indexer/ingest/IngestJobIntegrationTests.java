package org.mosty.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.catalogue.FailureCategory;
import org.mosty.indexer.intake.RejectedFileException;
import org.mosty.indexer.intake.DocumentRegistration;
import org.mosty.indexer.samples.SampleLibrary;
import org.mosty.solr.SolrFields;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.TestDataDirs;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample library through {@code ingestJob} into a real embedded Solr core built from the
 * real configset, with a real H2 catalogue and real Tika and Lingua.
 */
@SpringBootTest
class IngestJobIntegrationTests {

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("indexer"));
		registry.add("mosty.ingest.poll-interval", () -> "0s");
	}

	@Autowired
	SampleLibrary samples;

	@Autowired
	DocumentRegistration registration;

	@Autowired
	Catalogue catalogue;

	@Autowired
	SolrClient solr;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void samplesIndexed() {
		// the samples are registered on the first start (ApplicationReadyEvent)
		IngestAwait.untilIdle(context, Duration.ofMinutes(3));
	}

	@Test
	void everySampleIsIndexedWithItsLanguageAndIsInSolr() throws Exception {
		List<SampleLibrary.Entry> entries = samples.entries();
		assertThat(entries).hasSizeGreaterThanOrEqualTo(24);
		Map<String, Long> perLanguage = entries.stream()
			.collect(Collectors.groupingBy(SampleLibrary.Entry::language, Collectors.counting()));
		assertThat(perLanguage).containsOnlyKeys("pl", "uk", "en").allSatisfy((language, count) -> assertThat(count)
			.as(language).isGreaterThanOrEqualTo(8));
		assertThat(entries.stream().map(entry -> entry.file().substring(entry.file().lastIndexOf('.'))).distinct())
			.hasSizeGreaterThanOrEqualTo(4);
		Map<String, CatalogueDocument> byTitle = catalogue.list(null, 0, 1000)
			.stream()
			.collect(Collectors.toMap(doc -> doc.metadata().title(), doc -> doc, (a, b) -> a));
		for (SampleLibrary.Entry entry : entries) {
			CatalogueDocument doc = byTitle.get(entry.title());
			assertThat(doc).as(entry.file()).isNotNull();
			assertThat(doc.status()).as(entry.file() + ": " + doc.failureReason()).isEqualTo(DocumentStatus.INDEXED);
			assertThat(doc.language()).as(entry.file()).isEqualTo(entry.language());
			assertThat(doc.textChars()).as(entry.file()).isGreaterThan(200);
			assertThat(catalogue.text(doc.id())).as(entry.file()).isPresent();
		}
		long inSolr = solr.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
		assertThat(inSolr).isEqualTo(catalogue.count(DocumentStatus.INDEXED));
	}

	@Test
	void textIsRoutedToTheFieldOfItsLanguage() throws Exception {
		SolrDocument uk = solr.query(new SolrQuery("language:uk").setRows(1).setFields("id", "text_uk", "text_pl"))
			.getResults()
			.get(0);
		assertThat(uk.getFieldValues(SolrFields.text("uk"))).isNotEmpty();
		assertThat(uk.getFieldValues(SolrFields.text("pl"))).isNull();
	}

	@Test
	void aFileThatCannotBeParsedIsFailedWithAReasonAndTheJobGoesOn() {
		byte[] garbage = "%PDF-1.7\n this is not really a PDF \u0000\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1);
		String broken = registration.register(new ByteArrayInputStream(garbage), "broken.pdf", metadata("Broken"))
			.id();
		String fine = registration
			.register(new ByteArrayInputStream("A short note about housing for refugees in Gdańsk and Lublin."
				.getBytes(StandardCharsets.UTF_8)), "note.txt", metadata("A note"))
			.id();

		IngestAwait.untilIdle(context, Duration.ofMinutes(1));

		assertThat(lastIngestStatus()).isEqualTo(BatchStatus.COMPLETED.name());
		CatalogueDocument failed = catalogue.findById(broken).orElseThrow();
		assertThat(failed.status()).isEqualTo(DocumentStatus.FAILED);
		assertThat(failed.failureReason()).isNotBlank();
		assertThat(catalogue.findById(fine).orElseThrow().status()).isEqualTo(DocumentStatus.INDEXED);
	}

	@Test
	void anEmptyExtractionIsNeverIndexed() {
		String blank = registration
			.register(new ByteArrayInputStream(" \n\n \t \n".getBytes(StandardCharsets.UTF_8)), "blank.txt",
					metadata("Blank"))
			.id();
		IngestAwait.untilIdle(context, Duration.ofMinutes(1));
		CatalogueDocument doc = catalogue.findById(blank).orElseThrow();
		assertThat(doc.status()).isEqualTo(DocumentStatus.FAILED);
		assertThat(doc.failureReason()).startsWith("empty text");
		assertThat(doc.extraction().failureCategory()).isEqualTo(FailureCategory.EMPTY_TEXT);
		assertThat(doc.extraction().characters()).isZero();

		assertThatThrownBy(() -> registration.register(new ByteArrayInputStream(new byte[0]), "empty.txt",
				metadata("Empty")))
			.isInstanceOf(RejectedFileException.class)
			.hasMessageContaining("empty");
	}

	@Test
	void theSameBytesTwiceAreOneDocument() {
		byte[] bytes = "Informacja o kursach języka polskiego dla dorosłych w Białymstoku."
			.getBytes(StandardCharsets.UTF_8);
		var first = registration.register(new ByteArrayInputStream(bytes), "kursy.txt", metadata("Kursy"));
		var second = registration.register(new ByteArrayInputStream(bytes), "inna-nazwa.txt", metadata("Inny tytuł"));
		assertThat(first.duplicate()).isFalse();
		assertThat(second.duplicate()).isTrue();
		assertThat(second.id()).isEqualTo(first.id());
	}

	@Test
	void typesAreDecidedByContentNotByName() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThatThrownBy(() -> registration.register(new ByteArrayInputStream(png), "report.pdf", metadata("PNG")))
			.isInstanceOf(RejectedFileException.class)
			.hasMessageContaining("image/png");
		var pdfNamedTxt = registration.register(getClass().getResourceAsStream("/samples/en-asylum-guide-caseworkers.pdf"),
				"guide.txt", metadata("PDF with a wrong name"));
		assertThat(pdfNamedTxt.duplicate() || catalogue.findById(pdfNamedTxt.id()).orElseThrow().contentType()
			.equals("application/pdf")).isTrue();
	}

	@Test
	void indexedDocumentsCarryAnExtractionReport() {
		CatalogueDocument pdf = catalogue.list(DocumentStatus.INDEXED, 0, 1000)
			.stream()
			.filter(doc -> "application/pdf".equals(doc.contentType()))
			.findFirst()
			.orElseThrow();
		assertThat(pdf.extraction()).isNotNull();
		assertThat(pdf.extraction().pages()).isPositive();
		assertThat(pdf.extraction().characters()).isEqualTo(pdf.textChars());
		assertThat(pdf.extraction().durationMillis()).isPositive();
		assertThat(pdf.extraction().failureCategory()).isNull();
		String text = catalogue.text(pdf.id()).orElseThrow();
		assertThat(text.chars().filter(c -> c == '\f').count()).isEqualTo(pdf.extraction().pages() - 1);
	}

	@Test
	void writingTheSameDocumentTwiceKeepsOneCopyInSolr() throws Exception {
		CatalogueDocument doc = catalogue.list(DocumentStatus.INDEXED, 0, 1).get(0);
		solr.commit();
		long before = solr.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
		var again = solr.query(new SolrQuery("id:" + doc.id()).setFields("*")).getResults().get(0);
		var input = new SolrInputDocument();
		again.forEach((name, value) -> {
			if (!name.equals("_version_")) {
				input.setField(name, value);
			}
		});
		solr.add(input);
		solr.commit();
		assertThat(solr.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound()).isEqualTo(before);
	}

	private String lastIngestStatus() {
		return jdbc.sql("select e.status from batch_job_execution e join batch_job_instance i "
				+ "on e.job_instance_id = i.job_instance_id where i.job_name = 'ingestJob' "
				+ "order by e.job_execution_id desc fetch first 1 rows only")
			.query(String.class)
			.single();
	}

	private static DocumentMetadata metadata(String title) {
		return new DocumentMetadata(title, "article", AccessLevel.PUBLIC, List.of("housing"), "Test", 2025, null,
				null, null, null, null);
	}
}
