package org.mosty.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.intake.DocumentRegistration;
import org.mosty.solr.SolrFields;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.TestDataDirs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 18: text files in the character sets Polish and Ukrainian files really use go through the
 * whole ingest (upload, extraction, language detection, Solr) and end INDEXED with their text
 * exactly as written, in their language and findable by their words; before, 18 of 20 such files
 * ended FAILED ("no parser reads files of type text/plain") and a long UTF-8 file was read as
 * GB18030.
 */
@SpringBootTest
class CharsetIngestIntegrationTests {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("charset-ingest"));
		registry.add("mosty.samples", () -> "false");
		registry.add("mosty.ingest.poll-interval", () -> "0s");
	}

	static final String POLISH = "Punkt nieodpłatnej pomocy prawnej dla cudzoziemców działa w środy. Źródłem "
			+ "informacji są urzędy wojewódzkie, a zaświadczenia wydaje ośrodek pomocy społecznej. Słowo %s jest "
			+ "tylko w tym pliku.";

	static final String UKRAINIAN = "Пункт безоплатної правової допомоги для іноземців працює щосереди. "
			+ "Джерелом інформації є воєводські управління, а довідки видає центр соціальної допомоги. Ґрунтовні "
			+ "консультації щодо житла дають юристи. Слово %s є тільки в цьому файлі.";

	@Autowired
	DocumentRegistration registration;

	@Autowired
	Catalogue catalogue;

	@Autowired
	SolrClient solr;

	@Autowired
	ApplicationContext context;

	@Test
	void textFilesInEveryCharacterSetAreIndexedAsWritten() throws Exception {
		Map<String, String> expected = new LinkedHashMap<>();
		Map<String, String> languages = new LinkedHashMap<>();
		register(expected, languages, "pl", POLISH, "plwinczterysta", "windows-1250", false, "notatka.txt");
		register(expected, languages, "pl", POLISH, "pliso", "ISO-8859-2", false, "notatka.md");
		register(expected, languages, "pl", POLISH, "plszesnascie", "UTF-16LE", false, "notatka.csv");
		register(expected, languages, "uk", UKRAINIAN, "укрвін", "windows-1251", false, "нотатка.txt");
		register(expected, languages, "uk", UKRAINIAN, "укркоі", "KOI8-U", false, "нотатка.txt");
		register(expected, languages, "uk", UKRAINIAN, "укрюті", "UTF-16BE", true, "нотатка.txt");
		// HTML that does not declare its character set
		register(expected, languages, "pl", "<html><body><h1>Notatka</h1><p>" + POLISH + "</p></body></html>",
				"plhtmlwin", "windows-1250", false, "strona.html");
		register(expected, languages, "uk", "<html><body><p>" + UKRAINIAN + "</p></body></html>", "укрхтмлкоі",
				"KOI8-U", false, "сторінка.html");
		// a long UTF-8 file holding Polish and Ukrainian paragraphs, no byte order mark
		String both = (POLISH.formatted("dwujęzyczny") + "\n\n" + UKRAINIAN.formatted("двомовний") + "\n\n").repeat(30);
		register(expected, languages, "pl", both, null, "UTF-8", false, "dwujęzyczny.txt");

		IngestAwait.untilIdle(context, Duration.ofMinutes(2));
		for (Map.Entry<String, String> entry : expected.entrySet()) {
			CatalogueDocument document = catalogue.findById(entry.getKey()).orElseThrow();
			assertThat(document.status()).as(document.fileName() + ": " + document.failureReason())
				.isEqualTo(DocumentStatus.INDEXED);
			String text = catalogue.text(entry.getKey()).orElseThrow().strip();
			if (document.fileName().endsWith(".html")) {
				// the words of the page, without its tags
				String words = entry.getValue().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
				assertThat(text.replaceAll("\\s+", " ")).as(document.fileName()).contains(words);
			}
			else {
				assertThat(text).as(document.fileName()).isEqualTo(entry.getValue().strip());
			}
			assertThat(document.languages()).as(document.fileName()).contains(languages.get(entry.getKey()));
		}
		for (String word : List.of("plwinczterysta", "pliso", "plszesnascie", "dwujęzyczny", "plhtmlwin")) {
			assertThat(found(SolrFields.text("pl"), word)).as(word).isEqualTo(1);
		}
		for (String word : List.of("укрвін", "укркоі", "укрюті", "двомовний", "укрхтмлкоі")) {
			assertThat(found(SolrFields.text("uk"), word)).as(word).isEqualTo(1);
		}
		CatalogueDocument longOne = catalogue.findById(expected.keySet().stream().reduce((a, b) -> b).orElseThrow())
			.orElseThrow();
		assertThat(longOne.languages()).contains("pl", "uk");
		assertThat(longOne.extraction().warnings()).isEmpty();
	}

	private long found(String field, String word) throws Exception {
		return solr.query(new SolrQuery(field + ":" + word).setRows(0)).getResults().getNumFound();
	}

	private void register(Map<String, String> expected, Map<String, String> languages, String language,
			String template, String word, String charset, boolean bom, String fileName) {
		String text = word == null ? template : template.formatted(word);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (bom) {
			bytes.writeBytes("\uFEFF".getBytes(Charset.forName(charset)));
		}
		bytes.writeBytes(text.getBytes(Charset.forName(charset)));
		String id = registration.register(new ByteArrayInputStream(bytes.toByteArray()), fileName,
				new DocumentMetadata("Notatka " + charset, "report", AccessLevel.PUBLIC, List.of(), null, null, null,
						null, null, null, null))
			.id();
		expected.put(id, text);
		languages.put(id, language);
	}
}
