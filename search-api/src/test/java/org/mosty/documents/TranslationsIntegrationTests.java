package org.mosty.documents;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * Issue 19, language versions over real HTTP: an editor links translations, every reader sees the
 * versions they may see (on the document and on each hit), a restricted version stays hidden from
 * readers, and bad links are refused with a problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranslationsIntegrationTests {

	static final String ADMIN = "admin";

	static final String PASSWORD = "translations-admin-password";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("translations"));
		registry.add("mosty.admin.password", () -> PASSWORD);
		registry.add("mosty.security.bcrypt-strength", () -> "4");
		registry.add("mosty.samples", () -> "false");
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	final Map<String, String> ids = new LinkedHashMap<>();

	@BeforeAll
	void library() {
		api = new ApiClient(port);
		upload("pl", "PUBLIC", "Praca dla osób z ochroną czasową",
				"Osoby z ochroną czasową mogą podjąć pracę bez zezwolenia; pracodawca zgłasza to w urzędzie pracy.");
		upload("uk", "PUBLIC", "Робота для осіб з тимчасовим захистом",
				"Особи з тимчасовим захистом можуть працювати без дозволу; роботодавець повідомляє службу зайнятості.");
		upload("en", "RESTRICTED", "Work for people under temporary protection (draft)",
				"People under temporary protection may work without a permit; the employer notifies the labour office.");
		upload("other", "PUBLIC", "Szkoły dla dzieci z Ukrainy",
				"Dzieci z Ukrainy chodzą do polskich szkół i oddziałów przygotowawczych.");
		IngestAwait.untilIdle(context, Duration.ofMinutes(3));
		assertThat(api.put("/api/documents/" + ids.get("pl") + "/translations/" + ids.get("uk"), "", ADMIN, PASSWORD)
			.statusCode()).isEqualTo(204);
		assertThat(api.put("/api/documents/" + ids.get("en") + "/translations/" + ids.get("pl"), "", ADMIN, PASSWORD)
			.statusCode()).isEqualTo(204);
	}

	@Test
	void aReaderSeesThePublicVersionsOfADocument() {
		assertThat(translations(ids.get("pl"))).containsExactly("uk:" + ids.get("uk"));
		assertThat(translations(ids.get("uk"))).containsExactly("pl:" + ids.get("pl"));
		JsonNode version = api.json(api.get("/api/documents/" + ids.get("uk") + "/translations")).get(0);
		assertThat(version.get("url").asString()).isEqualTo("/documents/" + ids.get("pl"));
		assertThat(version.get("title").asString()).isEqualTo("Praca dla osób z ochroną czasową");
	}

	@Test
	void anEditorAlsoSeesTheRestrictedVersion() {
		List<String> versions = new ArrayList<>();
		api.json(api.get("/api/documents/" + ids.get("uk") + "/translations", ADMIN, PASSWORD))
			.forEach(version -> versions.add(version.get("language").asString() + ":" + version.get("id").asString()));
		assertThat(versions).containsExactly("en:" + ids.get("en"), "pl:" + ids.get("pl"));
	}

	@Test
	void eachHitCarriesTheVersionsTheReaderMaySee() {
		JsonNode hits = api.json(api.get("/api/search?q=" + encode("ochrona czasowa"))).get("hits");
		JsonNode polish = null;
		for (JsonNode hit : hits) {
			if (hit.get("id").asString().equals(ids.get("pl"))) {
				polish = hit;
			}
		}
		assertThat(polish).as(hits.toString()).isNotNull();
		assertThat(polish.get("alsoIn")).hasSize(1);
		assertThat(polish.get("alsoIn").get(0).get("id").asString()).isEqualTo(ids.get("uk"));
		JsonNode asEditor = api.json(api.get("/api/search?q=" + encode("ochrona czasowa"), ADMIN, PASSWORD)).get("hits");
		for (JsonNode hit : asEditor) {
			if (hit.get("id").asString().equals(ids.get("pl"))) {
				assertThat(hit.get("alsoIn")).hasSize(2);
			}
		}
	}

	@Test
	void aRestrictedDocumentsVersionsAreNotEvenAskable() {
		assertThat(api.get("/api/documents/" + ids.get("en") + "/translations").statusCode()).isEqualTo(404);
	}

	@Test
	void badLinksAreRefused() {
		HttpResponse<String> self = api.put("/api/documents/" + ids.get("pl") + "/translations/" + ids.get("pl"), "",
				ADMIN, PASSWORD);
		assertThat(self.statusCode()).isEqualTo(400);
		assertThat(api.json(self).get("problems").get(0).get("code").asString()).isEqualTo("self");
		assertThat(api.put("/api/documents/" + ids.get("pl") + "/translations/01ARZ3NDEKTSV4RRFFQ69G5FAV", "", ADMIN,
				PASSWORD).statusCode()).isEqualTo(404);
		assertThat(api.put("/api/documents/" + ids.get("pl") + "/translations/" + ids.get("other"), "")
			.statusCode()).isEqualTo(401);
		assertThat(translations(ids.get("other"))).isEmpty();
	}

	@Test
	void aDocumentLeavesItsVersions() {
		String a = ids.get("other");
		upload("leaving", "PUBLIC", "Schools for children from Ukraine",
				"Children from Ukraine go to Polish schools and preparatory classes.");
		IngestAwait.untilIdle(context, Duration.ofMinutes(3));
		String b = ids.get("leaving");
		assertThat(api.put("/api/documents/" + a + "/translations/" + b, "", ADMIN, PASSWORD).statusCode())
			.isEqualTo(204);
		assertThat(translations(a)).containsExactly("en:" + b);

		assertThat(api.delete("/api/documents/" + b + "/translations", ADMIN, PASSWORD).statusCode()).isEqualTo(204);
		assertThat(translations(a)).isEmpty();
		assertThat(translations(b)).isEmpty();
		assertThat(api.json(api.get("/api/audit?documentId=" + a, ADMIN, PASSWORD)).toString()).contains("link-translation");
		assertThat(api.json(api.get("/api/audit?documentId=" + b, ADMIN, PASSWORD)).toString())
			.contains("unlink-translation");
	}

	/**
	 * Suggested versions: two documents in different languages that share a telephone number, an
	 * address and an EU act are suggested to editors for each other with what they share; readers
	 * cannot ask; a dismissed one is not suggested again, and the dismissal is audited.
	 */
	@Test
	void editorsGetSuggestedVersionsAndDismissThem() {
		upload("helpline-pl", "PUBLIC", "Infolinia dla osób z Ukrainy",
				"Infolinia Urzędu do Spraw Cudzoziemców: +48 47 721 75 75. Więcej na https://www.gov.pl/web/udsc-ua/. "
						+ "Ochrona czasowa wynika z dyrektywy 2001/55/WE.");
		upload("helpline-uk", "PUBLIC", "Гаряча лінія для громадян України",
				"Гаряча лінія Управління у справах іноземців: +48 477 217 575. Більше на https://gov.pl/web/udsc-ua. "
						+ "Тимчасовий захист випливає з директиви 2001/55/ЄС.");
		IngestAwait.untilIdle(context, Duration.ofMinutes(2));
		String polish = ids.get("helpline-pl");
		String ukrainian = ids.get("helpline-uk");
		HttpResponse<String> suggested = api.get("/api/documents/" + polish + "/translations/suggestions", ADMIN, PASSWORD);
		assertThat(suggested.statusCode()).as(suggested.body()).isEqualTo(200);
		JsonNode top = api.json(suggested).get(0);
		assertThat(top.get("id").asString()).isEqualTo(ukrainian);
		assertThat(top.get("language").asString()).isEqualTo("uk");
		assertThat(top.get("shared").toString()).contains("num:48477217575").contains("url:gov.pl/web/udsc")
			.contains("law:2001/55");
		assertThat(api.get("/api/documents/" + polish + "/translations/suggestions").statusCode()).isEqualTo(401);

		assertThat(api.post("/api/documents/" + polish + "/translations/suggestions/" + ukrainian + "/dismiss", "", ADMIN,
				PASSWORD).statusCode()).isEqualTo(204);
		assertThat(api.json(api.get("/api/documents/" + polish + "/translations/suggestions", ADMIN, PASSWORD)).toString())
			.doesNotContain(ukrainian);
		assertThat(api.json(api.get("/api/audit?documentId=" + polish, ADMIN, PASSWORD)).toString())
			.contains("dismiss-translation");
		// linked versions are not suggested either
		api.put("/api/documents/" + ukrainian + "/translations/" + polish, "", ADMIN, PASSWORD);
		assertThat(api.json(api.get("/api/documents/" + ukrainian + "/translations/suggestions", ADMIN, PASSWORD))
			.toString()).doesNotContain(polish);
		api.delete("/api/documents/" + ukrainian + "/translations", ADMIN, PASSWORD);
	}

	private List<String> translations(String id) {
		HttpResponse<String> response = api.get("/api/documents/" + id + "/translations");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<String> versions = new ArrayList<>();
		api.json(response).forEach(version -> versions.add(version.get("language").asString() + ":"
				+ version.get("id").asString()));
		return versions;
	}

	private void upload(String key, String access, String title, String text) {
		HttpResponse<String> response = api.upload(key + ".txt", (title + "\n\n" + text).getBytes(StandardCharsets.UTF_8),
				"{\"title\":\"" + title + "\",\"type\":\"guideline\",\"access\":\"" + access + "\"}", ADMIN, PASSWORD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		ids.put(key, api.json(response).get("id").asString());
	}
}
