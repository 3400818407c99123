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
 * system finds the document that names them ({@code names_latin}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlacesAcrossLanguagesIntegrationTests {

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
		IngestAwait.untilIdle(context, Duration.ofMinutes(3));
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
