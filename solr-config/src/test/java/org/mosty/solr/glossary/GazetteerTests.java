package org.mosty.solr.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mosty.solr.Glossary;
import org.mosty.solr.analysis.MostySchema;
import org.mosty.solr.places.UkrainianLatin;

/**
 * Issue 17: places meet across languages, scripts and inflection. Each place is one id in the
 * gazetteer (generated from places.tsv, CLDR's countries and transliterations), and every name of
 * it, in any language and case, reaches that id through the real {@code concepts} analysis.
 */
class GazetteerTests {

	static Glossary gazetteer;

	@BeforeAll
	static void load() {
		gazetteer = Glossary.load(ConceptSynonyms.GAZETTEER);
	}

	@Test
	void theGazetteerIsUpToDateWithPlacesCldrAndTheTransliterations() throws IOException {
		String expected = new GazetteerFile().render();
		if (Boolean.getBoolean("mosty.glossary.write")) {
			Files.writeString(Path.of(GazetteerFile.TARGET), expected, StandardCharsets.UTF_8);
		}
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(ConceptSynonyms.GAZETTEER)) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
				.as("gazetteer.tsv is stale: run GazetteerTests and ConceptSynonymsTests with -Dmosty.glossary.write=true")
				.isEqualTo(expected);
		}
	}

	@Test
	void everyCountryAndEveryVoivodeshipAndOblastIsThereInThreeLanguages() {
		long countries = gazetteer.concepts().keySet().stream().filter(id -> id.startsWith("place-country-")).count();
		assertThat(countries).isGreaterThanOrEqualTo(240);
		long voivodeships = gazetteer.concepts().keySet().stream()
			.filter(id -> id.startsWith("place-pl-") && gazetteer.concepts().get(id).labels().get("en").contains("Voivodeship")
					|| List.of("place-pl-dolnoslaskie", "place-pl-malopolskie", "place-pl-mazowieckie", "place-pl-podlaskie",
							"place-pl-pomorskie", "place-pl-slaskie", "place-pl-warminsko-mazurskie",
							"place-pl-wielkopolskie", "place-pl-zachodniopomorskie", "place-pl-podkarpackie")
						.contains(id))
			.count();
		assertThat(voivodeships).isEqualTo(16);
		long oblasts = gazetteer.concepts().keySet().stream()
			.filter(id -> gazetteer.concepts().get(id).labels().get("uk").endsWith(" область"))
			.count();
		assertThat(oblasts).isEqualTo(24);
		gazetteer.concepts().values().forEach(place -> assertThat(place.labels()).as(place.id())
			.containsKeys("pl", "uk", "en")
			.allSatisfy((language, label) -> assertThat(label).isNotBlank()));
		// no place shares an id with a glossary concept
		Set<String> ids = new HashSet<>(Glossary.load().concepts().keySet());
		ids.retainAll(gazetteer.concepts().keySet());
		assertThat(ids).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			// the examples, in every language and inflection
			"uchodźcy na Litwie|place-country-lt", "біженці в Литві|place-country-lt", "refugees in Lithuania|place-country-lt",
			"Lwów|place-ua-lviv", "we Lwowie|place-ua-lviv", "до Львова|place-ua-lviv", "у Львові|place-ua-lviv",
			"Lviv|place-ua-lviv", "Lvov|place-ua-lviv", "Львов|place-ua-lviv",
			"Dolny Śląsk|place-pl-dolnoslaskie", "na Dolnym Śląsku|place-pl-dolnoslaskie",
			"Нижня Сілезія|place-pl-dolnoslaskie", "у Нижній Сілезії|place-pl-dolnoslaskie",
			"Lower Silesia|place-pl-dolnoslaskie",
			"Odesa|place-ua-odesa", "Odessa|place-ua-odesa", "w Odessie|place-ua-odesa", "Одеса|place-ua-odesa",
			"в Одесі|place-ua-odesa", "Одесса|place-ua-odesa", "Odeska oblast|place-ua-odeska",
			"obwodu odeskiego|place-ua-odeska", "Одеської області|place-ua-odeska",
			"Kijów|place-ua-kyiv", "w Kijowie|place-ua-kyiv", "у Києві|place-ua-kyiv", "Kyiv|place-ua-kyiv",
			"Kiev|place-ua-kyiv", "Kyyiv|place-ua-kyiv",
			"Łuck|place-ua-lutsk", "Луцьк|place-ua-lutsk", "Żytomierz|place-ua-zhytomyr", "w Żytomierzu|place-ua-zhytomyr",
			"Zhytomyr|place-ua-zhytomyr", "obwodzie rówieńskim|place-ua-rivnenska", "Rivne|place-ua-rivne",
			"Zaporizhzhia|place-ua-zaporizhzhia", "Zaporozhye|place-ua-zaporizhzhia", "w Zaporożu|place-ua-zaporizhzhia",
			"Charkowa|place-ua-kharkiv", "Kharkiv|place-ua-kharkiv", "Харкові|place-ua-kharkiv",
			"we Wrocławiu|place-pl-wroclaw", "у Вроцлаві|place-pl-wroclaw", "Wroclaw|place-pl-wroclaw",
			"w Warszawie|place-pl-warszawa", "у Варшаві|place-pl-warszawa", "Warsaw|place-pl-warszawa",
			"w Niemczech|place-country-de", "у Німеччині|place-country-de", "Germany|place-country-de",
			"Mołdawii|place-country-md", "Молдові|place-country-md", "Moldova|place-country-md",
			"w Wilnie|place-city-vilnius", "у Вільнюсі|place-city-vilnius", "Vilnius|place-city-vilnius" })
	void everyNameOfAPlaceMeetsAtItsId(String text, String id) {
		assertThat(MostySchema.terms(MostySchema.queryAnalyzer("concepts"), text)).as(text).contains(id);
		assertThat(MostySchema.terms(MostySchema.indexAnalyzer("concepts"), text)).as(text).contains(id);
	}

	@Test
	void commonWordsThatAreAlsoPlaceNamesAreNotPlaces() {
		Analyzer query = MostySchema.queryAnalyzer("concepts");
		for (String text : List.of("równe traktowanie", "sumy pieniędzy", "czad w mieszkaniu", "mali uczniowie",
				"piła i młotek")) {
			assertThat(MostySchema.terms(query, text)).as(text).noneMatch(term -> term.startsWith("place-"));
		}
	}

	@Test
	void everyNameInTheGazetteerReachesItsPlace() {
		Analyzer query = MostySchema.queryAnalyzer("concepts");
		List<String> misses = new ArrayList<>();
		int checked = 0;
		for (Glossary.Concept place : gazetteer.concepts().values()) {
			for (var entry : place.terms().entrySet()) {
				for (String name : entry.getValue()) {
					checked++;
					if (!MostySchema.terms(query, name).contains(place.id())) {
						misses.add(entry.getKey() + ":" + name + " -> " + MostySchema.terms(query, name));
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(1500);
		assertThat((double) misses.size() / checked).as(String.join("\n", misses.subList(0, Math.min(50, misses.size()))))
			.isLessThan(0.01);
	}

	@ParameterizedTest
	@CsvSource({ "Київ,Kyiv", "Львів,Lviv", "Одеса,Odesa", "Житомир,Zhytomyr", "Запоріжжя,Zaporizhzhia",
			"Харків,Kharkiv", "Чернігів,Chernihiv", "Луцьк,Lutsk", "Рівне,Rivne", "Ізмаїл,Izmail", "Згорани,Zghorany",
			"Єнакієве,Yenakiieve", "Ясіня,Yasinia", "Юрій,Yurii", "Розгон,Rozghon", "Кам'янець-Подільський,Kamianets-Podilskyi",
			"Одеська область,Odeska oblast", "Шевченко,Shevchenko", "Щорс,Shchors", "Їжакевич,Yizhakevych" })
	void ukrainianNamesAreSpelledByTheNationalSystem(String ukrainian, String latin) {
		assertThat(UkrainianLatin.of(ukrainian)).isEqualTo(latin);
	}
}
