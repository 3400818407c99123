package org.mosty.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mosty.testing.ApiClient.encode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mosty.testing.ApiClient;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.TestDataDirs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Issue 17, places and names: the same place asked for in Polish, Ukrainian or English, in any
 * inflection or spelling, finds the documents about it in all three languages, through /api/search
 * with the real configset (the gazetteer's ids in the {@code concepts} field), and not the
 * documents about another place; a person's name written in another script or transliteration
 * system finds the document that names them ({@code names_latin}). Ordinary words of the field
 * that no glossary lists (rent arrears, health insurance, a bank account, ...) asked in one
 * language find the leaflet written in another (the lexicon), each such hit says which words it
 * matched through translation ({@code matchedVia}), and a hit shows the editor's title in the
 * reader's language ({@code titles}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AcrossLanguagesIntegrationTests {

	static final String ADMIN = "admin";

	static final String PASSWORD = "places-admin-password";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("places"));
		registry.add("mosty.admin.password", () -> PASSWORD);
		registry.add("mosty.security.bcrypt-strength", () -> "4");
		registry.add("mosty.samples", () -> "false");
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	/** Document ids by place and language, e.g. "lithuania/uk". */
	final Map<String, String> ids = new LinkedHashMap<>();

	@BeforeAll
	void library() {
		api = new ApiClient(port);
		upload("lithuania/pl", "pl", "Sytuacja osób uchodźczych na Litwie",
				"Raport opisuje sytuację osób uchodźczych na Litwie: zakwaterowanie, dostęp do pracy i szkoły.");
		upload("lithuania/uk", "uk", "Становище біженців у Литві",
				"Звіт описує становище біженців у Литві: житло, доступ до роботи і школи.");
		upload("lithuania/en", "en", "Refugees in Lithuania",
				"The report describes the situation of refugees in Lithuania: housing, access to work and school.");
		upload("lviv/pl", "pl", "Punkt pomocy we Lwowie", "We Lwowie działa punkt pomocy dla osób przesiedlonych.");
		upload("lviv/uk", "uk", "Пункт допомоги у Львові", "У Львові працює пункт допомоги для переселенців.");
		upload("lviv/en", "en", "An aid point in Lviv", "An aid point for displaced people works in Lviv.");
		upload("silesia/pl", "pl", "Szkoły na Dolnym Śląsku",
				"Na Dolnym Śląsku szkoły przyjmują dzieci z Ukrainy do oddziałów przygotowawczych.");
		upload("silesia/uk", "uk", "Школи в Нижній Сілезії",
				"У Нижній Сілезії школи приймають дітей з України до підготовчих класів.");
		upload("silesia/en", "en", "Schools in Lower Silesia",
				"In Lower Silesia schools take children from Ukraine into preparatory classes.");
		upload("odesa/pl", "pl", "Ewakuacja z Odessy", "Mieszkańcy Odessy ewakuowani do Polski opowiadają o podróży.");
		upload("odesa/uk", "uk", "Евакуація з Одеси", "Мешканці Одеси, евакуйовані до Польщі, розповідають про подорож.");
		upload("odesa/en", "en", "Evacuation from Odesa", "Residents of Odesa evacuated to Poland tell of the journey.");
		// names written in another script
		upload("names/uk", "uk", "Розмова з юристкою Оленою Ковальчук",
				"Юристка Олена Ковальчук радить, як оформити карту побуту; на початку вірш, який написав Тарас Шевченко.");
		upload("names/pl", "pl", "Wywiad z prawnikiem Andrijem Melnykiem",
				"Prawnik Andrij Melnyk z fundacji Ocalenie mówi o kartach pobytu.");
		// the same words about another place
		upload("germany/pl", "pl", "Sytuacja osób uchodźczych w Niemczech",
				"Raport opisuje sytuację osób uchodźczych w Niemczech: zakwaterowanie, dostęp do pracy i szkoły.");
		// ordinary words outside the glossary, one leaflet each, in one language
		upload("words/rent", "uk", "Заборгованість з орендної плати: що робити",
				"Якщо у вас виникла заборгованість з орендної плати, поговоріть з орендодавцем і попросіть розстрочку.");
		upload("words/insurance", "pl", "Ubezpieczenie zdrowotne dla cudzoziemców",
				"Ubezpieczenie zdrowotne w NFZ daje prawo do bezpłatnego leczenia u lekarza rodzinnego.");
		upload("words/bank", "en", "Opening a bank account",
				"To open a bank account you need a passport and a PESEL number; some banks ask for a residence card.");
		upload("words/driving", "uk", "Обмін посвідчення водія в Польщі",
				"Українське посвідчення водія можна обміняти на польське у старостві за місцем проживання.");
		upload("words/childcare", "pl", "Opieka nad dziećmi: żłobki i przedszkola",
				"Opieka nad dziećmi do lat trzech to żłobki; starsze dzieci chodzą do przedszkola.");
		upload("words/interpreter", "en", "Booking an interpreter for a doctor's appointment",
				"Ask the clinic for an interpreter when you book the appointment; a phone interpreter also helps.");
		upload("words/disability", "uk", "Допомога по інвалідності",
				"Особи з інвалідністю можуть отримати допомогу по інвалідності після висновку лікарської комісії.");
		upload("words/vocational", "pl", "Kształcenie zawodowe dla dorosłych",
				"Kształcenie zawodowe dla dorosłych prowadzą centra kształcenia zawodowego i urzędy pracy.");
		upload("words/enrolment", "en", "School enrolment for newcomer children",
				"School enrolment takes a week: bring the child's documents to the school near your home.");
		// titles in the reader's language where the editor gave them
		HttpResponse<String> titled = api.upload("titled.txt",
				"Пам'ятка про житло\n\nЯк знайти житло та укласти договір оренди.".getBytes(StandardCharsets.UTF_8),
				"{\"title\":\"Пам'ятка про житло\",\"titles\":{\"pl\":\"Ulotka o mieszkaniu\",\"en\":\"A housing leaflet\"},"
						+ "\"type\":\"report\",\"access\":\"PUBLIC\",\"language\":\"uk\"}",
				ADMIN, PASSWORD);
		assertThat(titled.statusCode()).as(titled.body()).isEqualTo(202);
		ids.put("titled", api.json(titled).get("id").asString());
		IngestAwait.untilIdle(context, Duration.ofMinutes(3));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "zaległości czynszowe|words/rent", "rent arrears|words/rent",
			"медичне страхування|words/insurance", "health insurance|words/insurance",
			"konto bankowe|words/bank", "банківський рахунок|words/bank",
			"prawo jazdy|words/driving", "driving licence|words/driving",
			"догляд за дітьми|words/childcare", "childcare|words/childcare",
			"tłumacz u lekarza|words/interpreter", "перекладач у лікаря|words/interpreter",
			"zasiłek z tytułu niepełnosprawności|words/disability", "disability benefit|words/disability",
			"професійне навчання|words/vocational", "vocational training|words/vocational",
			"zapisy do szkoły|words/enrolment", "зарахування до школи|words/enrolment" })
	void anOrdinaryWordAskedInAnotherLanguageFindsTheLeafletAndSaysWhy(String query, String key) {
		JsonNode result = api.json(api.get("/api/search?size=20&q=" + encode(query)));
		List<String> hits = new ArrayList<>();
		result.get("hits").forEach(hit -> hits.add(hit.get("id").asString()));
		assertThat(hits).as(query).isNotEmpty();
		assertThat(hits.subList(0, Math.min(3, hits.size()))).as(query).contains(ids.get(key));
		JsonNode hit = result.get("hits").get(hits.indexOf(ids.get(key)));
		List<String> asked = new ArrayList<>();
		hit.get("matchedVia").forEach(via -> {
			asked.add(via.get("query").asString());
			assertThat(via.get("matched").asString()).as(query).isNotBlank();
		});
		assertThat(asked).as(query + " explained").isNotEmpty();
		asked.forEach(word -> assertThat(query.toLowerCase(java.util.Locale.ROOT)).as(query)
			.contains(word.toLowerCase(java.util.Locale.ROOT)));
	}

	@org.junit.jupiter.api.Test
	void aHitInTheQuerysOwnLanguageIsNotExplained() {
		JsonNode result = api.json(api.get("/api/search?size=20&q=" + encode("заборгованість з орендної плати")));
		JsonNode first = result.get("hits").get(0);
		assertThat(first.get("id").asString()).isEqualTo(ids.get("words/rent"));
		assertThat(first.get("matchedVia")).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void aHitCarriesTheEditorsTitlesByLanguage() {
		JsonNode result = api.json(api.get("/api/search?size=20&q=" + encode("житло договір оренди")));
		JsonNode hit = null;
		for (JsonNode candidate : result.get("hits")) {
			if (candidate.get("id").asString().equals(ids.get("titled"))) {
				hit = candidate;
			}
		}
		assertThat(hit).isNotNull();
		assertThat(hit.get("titles").get("pl").asString()).isEqualTo("Ulotka o mieszkaniu");
		assertThat(hit.get("titles").get("en").asString()).isEqualTo("A housing leaflet");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "uchodźcy na Litwie|lithuania", "біженці в Литві|lithuania",
			"refugees in Lithuania|lithuania", "Litwa|lithuania", "Литва|lithuania", "Lithuania|lithuania",
			"Lwów|lviv", "we Lwowie|lviv", "Львів|lviv", "у Львові|lviv", "Lviv|lviv", "Lvov|lviv",
			"Dolny Śląsk|silesia", "Нижня Сілезія|silesia", "Lower Silesia|silesia",
			"Odesa|odesa", "Odessa|odesa", "Одеса|odesa", "Одесса|odesa", "z Odessy|odesa" })
	void aPlaceAskedForInAnyLanguageFindsItsDocumentsInAllThree(String query, String place) {
		JsonNode result = api.json(api.get("/api/search?size=20&q=" + encode(query)));
		List<String> hits = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		result.get("hits").forEach(hit -> {
			hits.add(hit.get("id").asString());
			titles.add(hit.get("title").asString());
		});
		List<String> expected = List.of(ids.get(place + "/pl"), ids.get(place + "/uk"), ids.get(place + "/en"));
		assertThat(hits).as(query).containsAll(expected);
		// the documents about the place come first
		assertThat(hits.subList(0, 3)).as(query + ": " + titles).containsExactlyInAnyOrderElementsOf(expected);
		if (place.equals("lithuania")) {
			assertThat(hits.subList(0, 3)).as(query).doesNotContain(ids.get("germany/pl"));
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Kovalchuk|names/uk", "Kowalczuk|names/uk", "Olena Kovalchuk|names/uk",
			"Shevchenko|names/uk", "Szewczenko|names/uk", "Мельник|names/pl", "Андрій Мельник|names/pl",
			"Andriy Melnyk|names/pl" })
	void aNameWrittenInAnotherScriptOrSystemFindsTheDocument(String query, String key) {
		JsonNode result = api.json(api.get("/api/search?size=20&q=" + encode(query)));
		List<String> hits = new ArrayList<>();
		result.get("hits").forEach(hit -> hits.add(hit.get("id").asString()));
		assertThat(hits).as(query).isNotEmpty();
		assertThat(hits.get(0)).as(query).isEqualTo(ids.get(key));
	}

	private void upload(String key, String language, String title, String text) {
		HttpResponse<String> response = api.upload(key.replace('/', '-') + ".txt",
				(title + "\n\n" + text).getBytes(StandardCharsets.UTF_8), "{\"title\":\"" + title
						+ "\",\"type\":\"report\",\"access\":\"PUBLIC\",\"language\":\"" + language + "\"}",
				ADMIN, PASSWORD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		ids.put(key, api.json(response).get("id").asString());
	}
}
