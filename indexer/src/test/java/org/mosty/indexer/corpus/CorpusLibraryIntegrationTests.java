package org.mosty.indexer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mosty.testing.IndexedLibrary;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every real document of {@code ../shared/corpus/library} through the real pipeline: each ends
 * INDEXED or FAILED with a reason, and whole-document languages are right. The library is
 * indexed once, in the context shared with the relevance evaluation ({@link IndexedLibrary}).
 */
class CorpusLibraryIntegrationTests extends IndexedLibrary {

	@Autowired
	Catalogue catalogue;

	/** corpus-relative path of each file → its document id */
	private final Map<String, String> ids = new LinkedHashMap<>();

	@BeforeAll
	void ingestTheLibrary() {
		library().forEach((key, id) -> {
			if (key.startsWith("library/")) {
				ids.put(key.substring("library/".length()), id);
			}
		});
	}

	@Test
	void everyFileEndsIndexedOrFailedWithAReason() {
		assertThat(ids).hasSizeGreaterThan(50);
		List<String> problems = new ArrayList<>();
		int indexed = 0;
		for (var entry : ids.entrySet()) {
			CatalogueDocument doc = catalogue.findById(entry.getValue()).orElseThrow();
			if (doc.status() == DocumentStatus.INDEXED) {
				indexed++;
			}
			else if (doc.status() != DocumentStatus.FAILED || doc.failureReason() == null
					|| doc.failureReason().isBlank()) {
				problems.add(entry.getKey() + " is " + doc.status() + " without a reason");
			}
		}
		assertThat(problems).isEmpty();
		assertThat(indexed).as("indexed documents").isGreaterThan(ids.size() * 3 / 4);
	}

	@Test
	void ukrainianTextsAreDetectedUkrainian() {
		assertLanguage("text-uk/", "uk");
	}

	@Test
	void polishMarkdownIsDetectedPolish() {
		assertLanguage("markdown-pl/", "pl");
	}

	@Test
	void englishPdfsAreDetectedEnglish() {
		assertLanguage("pdf-en/", "en");
	}

	/** The official form labelled in Polish, English, French and Russian on every line. */
	@Test
	void theFourLanguageFormIsRecordedInAllFour() {
		CatalogueDocument form = indexed("pdf-pl/Wniosek-o-udzielenie-cudzoziemcowi-zezwolenia-na-pobyt-czasowy.pdf");
		assertThat(form.language()).isEqualTo("pl");
		assertThat(form.languages()).containsExactlyInAnyOrder("pl", "en", "fr", "ru");
	}

	/**
	 * The EU-citizen registration form has its multilingual labels as images: its text layer is
	 * Polish headers only, so it is Polish until OCR reads the labels.
	 */
	@Test
	void theRegistrationFormIsPolish() {
		CatalogueDocument form = indexed("pdf-pl/Wniosek-o-zarejestrowanie-pobytu-obywatela-UE.pdf");
		assertThat(form.language()).isEqualTo("pl");
		assertThat(form.languages()).contains("pl");
	}

	/** Pages full of addresses (gov.pl, .sk) and local organisation names were once called pl / sk. */
	@Test
	void parallelAidPagesAreCalledInTheirOwnLanguage() {
		for (String country : List.of("Poland", "Slovakia", "Czechia")) {
			for (String language : List.of("en", "uk", "ru")) {
				CatalogueDocument page = indexed("parallel-en-uk-ru/aidmap/" + country + "-" + language + ".md");
				assertThat(page.language()).as(country + "-" + language).isEqualTo(language);
				assertThat(page.languages().get(0)).as(country + "-" + language).isEqualTo(language);
			}
		}
		assertThat(indexed("parallel-en-uk-ru/aidmap/Slovakia-en.md").languages()).containsExactly("en");
	}

	@Test
	void theMultilingualSitePagesAreEachInTheirLanguage() {
		assertThat(indexed("html-multilingual/ua-refugee-info/en.md").languages()).containsExactly("en");
		assertThat(indexed("html-multilingual/ua-refugee-info/ua.md").language()).isEqualTo("uk");
		assertThat(indexed("html-multilingual/ua-refugee-info/ru.md").language()).isEqualTo("ru");
	}

	private CatalogueDocument indexed(String path) {
		assertThat(ids).as(path).containsKey(path);
		CatalogueDocument doc = catalogue.findById(ids.get(path)).orElseThrow();
		assertThat(doc.status()).as(path + " " + doc.failureReason()).isEqualTo(DocumentStatus.INDEXED);
		return doc;
	}

	private void assertLanguage(String folder, String expected) {
		List<String> checked = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		ids.forEach((path, id) -> {
			if (path.startsWith(folder)) {
				CatalogueDocument doc = catalogue.findById(id).orElseThrow();
				if (doc.status() == DocumentStatus.INDEXED) {
					checked.add(path);
					if (!expected.equals(doc.language())) {
						wrong.add(path + " detected " + doc.language());
					}
				}
			}
		});
		assertThat(checked).as("indexed documents in " + folder).isNotEmpty();
		assertThat(wrong).isEmpty();
	}
}
