package org.mosty.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.catalogue.FailureCategory;
import org.mosty.indexer.intake.DocumentRegistration;
import org.mosty.indexer.extraction.Extraction;
import org.mosty.indexer.extraction.ExtractionException;
import org.mosty.indexer.extraction.ExtractionProperties;
import org.mosty.indexer.extraction.PipesTextExtractor;
import org.mosty.indexer.extraction.TextLimit;
import org.mosty.indexer.imports.FileImporter;
import org.mosty.testing.Corpus;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.Required;
import org.mosty.testing.TestDataDirs;
import org.mosty.testing.ZipBomb;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Hostile input through the real pipeline: Tika in child JVMs (a pool of two, a 20 s timeout, a
 * 256 MB heap each), real Tesseract when installed, the real embedded Solr core. A test-only parser
 * ({@code HostileTestParser}) stands for a parser that never returns and one that exhausts memory.
 */
@SpringBootTest
class RobustIngestIntegrationTests {

	static final Duration TIMEOUT = Duration.ofSeconds(20);

	// what a document may take beyond the timeout: killing the stuck child and starting a new JVM
	// (which, on a busy 2-core machine, can take several seconds)
	static final Duration MARGIN = Duration.ofSeconds(20);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("robust"));
		registry.add("mosty.samples", () -> "false");
		registry.add("mosty.ingest.poll-interval", () -> "0s");
		registry.add("mosty.ingest.chunk-size", () -> "5");
		registry.add("mosty.extraction.pool-size", () -> "2");
		registry.add("mosty.extraction.timeout", () -> TIMEOUT.toSeconds() + "s");
		registry.add("mosty.extraction.child-heap", () -> "256MB");
		registry.add("mosty.extraction.extra-parsers", () -> "org.mosty.indexer.extraction.HostileTestParser");
	}

	@Autowired
	DocumentRegistration registration;

	@Autowired
	FileImporter importer;

	@Autowired
	Catalogue catalogue;

	@Autowired
	PipesTextExtractor extractor;

	@Autowired
	SolrClient solr;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aHangAnOutOfMemoryAndAZipBombEachFailAndTheNextFileIsIndexed() {
		String hang = register("{\\rtf1\\ansi MOSTY-HANG and then nothing, ever}".getBytes(StandardCharsets.US_ASCII),
				"hang.rtf");
		String oom = register("{\\rtf1\\ansi MOSTY-OOM eats all the memory}".getBytes(StandardCharsets.US_ASCII),
				"oom.rtf");
		String bomb = register(ZipBomb.docx(300), "bomb.docx");
		String next = register("Porada: jak złożyć wniosek o kartę pobytu w urzędzie wojewódzkim w Krakowie."
			.getBytes(StandardCharsets.UTF_8), "next.txt");

		IngestAwait.untilIdle(context, Duration.ofMinutes(3));

		assertThat(jdbc.sql("select e.status from batch_job_execution e join batch_job_instance i "
				+ "on e.job_instance_id = i.job_instance_id where i.job_name = 'ingestJob' "
				+ "order by e.job_execution_id desc fetch first 1 rows only").query(String.class).single())
			.isEqualTo(BatchStatus.COMPLETED.name());
		assertFailed(hang, FailureCategory.TIMEOUT);
		assertFailed(oom, FailureCategory.OUT_OF_MEMORY);
		assertFailed(bomb, FailureCategory.TOO_LARGE);
		CatalogueDocument hung = catalogue.findById(hang).orElseThrow();
		assertThat(hung.extraction().durationMillis()).isLessThan(TIMEOUT.plus(MARGIN).toMillis())
			.isGreaterThanOrEqualTo(TIMEOUT.toMillis() - 1000);
		CatalogueDocument indexed = catalogue.findById(next).orElseThrow();
		assertThat(indexed.status()).isEqualTo(DocumentStatus.INDEXED);
		assertThat(indexed.language()).isEqualTo("pl");
	}

	@Test
	void pdfPagesAreSeparatedByFormFeeds() throws Exception {
		Path pdf = Files.createTempFile("pages-", ".pdf");
		try (var in = getClass().getResourceAsStream("/samples/pl-ochrona-czasowa-poradnik.pdf")) {
			Files.copy(in, pdf, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		Extraction extraction = extractor.extract(pdf, "poradnik.pdf");
		assertThat(extraction.pages()).isEqualTo(2);
		String[] pages = extraction.text().split("\f", -1);
		assertThat(pages).hasSize(2).allSatisfy(page -> assertThat(page).isNotBlank());
		assertThat(pages[0]).doesNotContain("\f");
		assertThat(extraction.report().characters()).isEqualTo(extraction.text().length());
		Files.delete(pdf);
	}

	@Test
	void everyBadInputEndsIndexedOrFailedWithAReasonWithinTheTimeout() throws Exception {
		Path badInputs = Corpus.require().resolve("bad-inputs");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(badInputs)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		assertThat(files).hasSizeGreaterThan(100);
		DocumentMetadata metadata = new DocumentMetadata("Bad input", "other", AccessLevel.RESTRICTED, List.of(),
				null, null, null, null, null, null, null);
		List<FileImporter.Result> results = files.stream().map(file -> importer.register(file, metadata)).toList();

		IngestAwait.untilIdle(context, Duration.ofMinutes(10));

		List<Path> refusedAtTheDoor = new ArrayList<>();
		int indexed = 0;
		int failed = 0;
		for (FileImporter.Result result : results) {
			String name = badInputs.relativize(result.file()).toString();
			switch (result.outcome()) {
				case REJECTED -> {
					assertThat(result.detail()).as(name).isNotBlank();
					refusedAtTheDoor.add(result.file());
				}
				case DUPLICATE -> assertThat(result.id()).as(name).isNotNull();
				case REGISTERED -> {
					CatalogueDocument doc = catalogue.findById(result.id()).orElseThrow();
					assertThat(doc.status()).as(name).isIn(DocumentStatus.INDEXED, DocumentStatus.FAILED);
					assertThat(doc.extraction()).as(name).isNotNull();
					assertThat(doc.extraction().durationMillis()).as(name)
						.isLessThan(TIMEOUT.plus(MARGIN).toMillis());
					if (doc.status() == DocumentStatus.FAILED) {
						failed++;
						assertThat(doc.failureReason()).as(name).isNotBlank();
						assertThat(doc.extraction().failureCategory()).as(name).isNotNull();
						assertThat(doc.failureReason()).as(name).startsWith(doc.extraction().failureCategory().label());
					}
					else {
						indexed++;
						assertThat(doc.textChars()).as(name).isPositive();
					}
				}
			}
		}
		assertThat(indexed).isGreaterThan(40);
		assertThat(failed).isGreaterThan(5);
		// what the door refused (archives, images, mail) goes through the extraction processes too: they survive it
		assertThat(refusedAtTheDoor).isNotEmpty();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Long>> timings = refusedAtTheDoor.stream().map(file -> pool.submit(() -> {
				long start = System.nanoTime();
				try {
					extractor.extract(file, file.getFileName().toString());
				}
				catch (ExtractionException ex) {
					assertThat(ex.getMessage()).isNotBlank();
				}
				return (System.nanoTime() - start) / 1_000_000;
			})).toList();
			for (int i = 0; i < timings.size(); i++) {
				assertThat(timings.get(i).get()).as(refusedAtTheDoor.get(i).toString())
					.isLessThan(TIMEOUT.plus(MARGIN).toMillis());
			}
		}
		finally {
			pool.shutdownNow();
		}

		// the service is still healthy: a good file goes through, Solr answers, the heap is bounded
		String good = register("Lista punktów pomocy prawnej dla cudzoziemców w Poznaniu i Gnieźnie, aktualna na ten rok."
			.getBytes(StandardCharsets.UTF_8), "punkty.txt");
		IngestAwait.untilIdle(context, Duration.ofMinutes(1));
		assertThat(catalogue.findById(good).orElseThrow().status()).isEqualTo(DocumentStatus.INDEXED);
		assertThat(solr.query(new SolrQuery("id:" + good)).getResults().getNumFound()).isEqualTo(1);
		System.gc();
		long usedHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		assertThat(usedHeap).as("heap used after the run").isLessThan(768L * 1024 * 1024);
	}

	@Test
	void theScannedStatuteIsFoundByItsPolishWords() throws Exception {
		Path statute = Corpus.require().resolve("library/pdf-pl/statut-fundacji-nowe-teraz-wyciag.pdf");
		Required.that(extractor.ocrAvailable(),
				"Skipped: Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-pol tesseract-ocr-ukr)");
		String id;
		try (var in = Files.newInputStream(statute)) {
			id = registration.register(in, statute.getFileName().toString(), new DocumentMetadata(
					"Statut Fundacji Nowe Teraz", "other", AccessLevel.PUBLIC, List.of(), null, null, null, null,
					null, null, null)).id();
		}
		IngestAwait.untilIdle(context, Duration.ofMinutes(3));
		CatalogueDocument doc = catalogue.findById(id).orElseThrow();
		assertThat(doc.status()).as(String.valueOf(doc.failureReason())).isEqualTo(DocumentStatus.INDEXED);
		assertThat(doc.extraction().ocrUsed()).isTrue();
		assertThat(doc.language()).isEqualTo("pl");
		for (String word : List.of("przedsiębiorczość", "wykluczonych", "bezrobotnych")) {
			var hits = solr.query(new SolrQuery(word).setRequestHandler("/search").setFields("id").setRows(50))
				.getResults();
			assertThat(hits.stream().map(hit -> hit.getFieldValue("id"))).as(word).contains(id);
		}
	}

	@Test
	void picturesInOfficeFilesAreNotOcredWhileScannedPdfPagesAre() throws Exception {
		Required.that(extractor.ocrAvailable(), "Skipped: Tesseract is not installed");
		byte[] png = picture("KALEJDOSKOP");
		Path dir = Path.of(TestDataDirs.fresh("robust-pictures"));

		Path pdf = dir.resolve("scan.pdf");
		try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
			var page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
			document.addPage(page);
			var image = org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(document, png,
					"scan");
			try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
				content.drawImage(image, 40, 500, 500, 125);
			}
			document.save(pdf.toFile());
		}
		Extraction scanned = extractor.extract(pdf, "scan.pdf");
		assertThat(scanned.ocrPages()).isEqualTo(1);
		assertThat(scanned.text()).contains("KALEJDOSKOP");

		Path odt = dir.resolve("with-picture.odt");
		try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(odt))) {
			byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
			var stored = new java.util.zip.ZipEntry("mimetype");
			stored.setMethod(java.util.zip.ZipEntry.STORED);
			stored.setSize(mimetype.length);
			var crc = new java.util.zip.CRC32();
			crc.update(mimetype);
			stored.setCrc(crc.getValue());
			zip.putNextEntry(stored);
			zip.write(mimetype);
			zip.closeEntry();
			zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
			zip.write("""
					<?xml version="1.0" encoding="UTF-8"?>
					<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
					 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
					 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
					 <manifest:file-entry manifest:full-path="Pictures/logo.png" manifest:media-type="image/png"/>
					</manifest:manifest>""".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
			zip.write("""
					<?xml version="1.0" encoding="UTF-8"?>
					<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
					 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
					 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
					 xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.2">
					 <office:body><office:text>
					  <text:p>Ulotka o kursach języka polskiego dla dorosłych cudzoziemców.</text:p>
					  <text:p><draw:frame draw:name="logo"><draw:image xlink:href="Pictures/logo.png"/></draw:frame></text:p>
					 </office:text></office:body>
					</office:document-content>""".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new java.util.zip.ZipEntry("Pictures/logo.png"));
			zip.write(png);
			zip.closeEntry();
		}
		Extraction office = extractor.extract(odt, "with-picture.odt");
		assertThat(office.text()).contains("Ulotka o kursach").doesNotContain("KALEJDOSKOP");
		assertThat(office.ocrPages()).isZero();
	}

	private static byte[] picture(String word) throws IOException {
		var image = new java.awt.image.BufferedImage(1200, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(java.awt.Color.WHITE);
		graphics.fillRect(0, 0, 1200, 300);
		graphics.setColor(java.awt.Color.BLACK);
		graphics.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
				java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		graphics.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 120));
		graphics.drawString(word, 40, 200);
		graphics.dispose();
		var out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void withoutOcrAScanFailsAsEmptyTextSayingSo() throws Exception {
		Path statute = Corpus.require().resolve("library/pdf-pl/statut-fundacji-nowe-teraz-wyciag.pdf");
		ExtractionProperties noOcr = new ExtractionProperties(1, TIMEOUT, org.springframework.util.unit.DataSize
			.ofMegabytes(256), 0, Duration.ofSeconds(60), new ExtractionProperties.Ocr(false, "pol+ukr+eng"), List.of(),
				List.of());
		PipesTextExtractor withoutOcr = new PipesTextExtractor(noOcr, context.getBean(TextLimit.class),
				new org.mosty.config.MostyProperties(Path.of(TestDataDirs.fresh("robust-no-ocr"))));
		try {
			ExtractionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExtractionException.class,
					() -> withoutOcr.extract(statute, statute.getFileName().toString()));
			assertThat(failure.category()).isEqualTo(FailureCategory.EMPTY_TEXT);
			assertThat(failure.getMessage()).contains("no text layer").contains("OCR is not available");
		}
		finally {
			withoutOcr.destroy();
		}
	}

	private void assertFailed(String id, FailureCategory category) {
		CatalogueDocument doc = catalogue.findById(id).orElseThrow();
		assertThat(doc.status()).as(doc.fileName()).isEqualTo(DocumentStatus.FAILED);
		assertThat(doc.extraction().failureCategory()).as(doc.fileName() + ": " + doc.failureReason())
			.isEqualTo(category);
		assertThat(doc.failureReason()).startsWith(category.label());
	}

	private String register(byte[] bytes, String name) {
		return registration.register(new ByteArrayInputStream(bytes), name, new DocumentMetadata(name, "other",
				AccessLevel.PUBLIC, List.of(), null, null, null, null, null, null, null)).id();
	}

}
