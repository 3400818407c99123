package org.mosty.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mosty.testing.ApiClient.encode;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mosty.testing.ApiClient;
import org.mosty.testing.Corpus;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.TestDataDirs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;

/**
 * Citations, result-set exports, Atom feeds, OAI-PMH and the sitemap over real HTTP against one
 * small library: three PUBLIC documents (Polish, Ukrainian, English), one PUBLIC document that is
 * then withdrawn, one MEMBERS and one RESTRICTED document. OAI-PMH answers are validated against
 * the official schema from the corpus (skipped without it); the OAI page size is 2 so lists need
 * resumption tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InteroperabilityIntegrationTests {

	static final String ADMIN = "admin";

	static final String PASSWORD = "interop-admin-password";

	static final String BASE = "https://mosty.example.org";

	static final String OAI = "http://www.openarchives.org/OAI/2.0/";

	static final String DC = "http://purl.org/dc/elements/1.1/";

	static final String ATOM = "http://www.w3.org/2005/Atom";

	static final String PL_TITLE = "Pomoc prawna dla Ukraińców w Łodzi: {zażółć} & 100% #1 ~ ŻÓŁW";

	static final String UK_TITLE = "Правова допомога для українців у Польщі: Ґудзик і Їжак";

	static final String UK_ORG = "Фонд «Відкриті двері»";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("interop"));
		registry.add("mosty.admin.password", () -> PASSWORD);
		registry.add("mosty.security.bcrypt-strength", () -> "4");
		registry.add("mosty.samples", () -> "false");
		registry.add("mosty.interop.base-url", () -> BASE + "/");
		registry.add("mosty.interop.repository-identifier", () -> "mosty.example.org");
		registry.add("mosty.interop.oai-page-size", () -> "2");
		// small bounds so the export limit and the sitemap index are exercised with a few documents
		registry.add("mosty.interop.export-max-hits", () -> "4");
		registry.add("mosty.interop.sitemap-part-size", () -> "2");
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	String polish;

	String ukrainian;

	String english;

	String withdrawn;

	String members;

	String restricted;

	@BeforeAll
	void library() {
		api = new ApiClient(port);
		HttpResponse<String> member = api.post("/api/admin/users",
				"{\"username\":\"mira-member\",\"password\":\"password-of-mira\",\"role\":\"MEMBER\"}", ADMIN, PASSWORD);
		assertThat(member.statusCode()).as(member.body()).isEqualTo(201);
		polish = upload("pl.txt", "Pomoc prawna dla cudzoziemców w Łodzi. Porady są bezpłatne dla każdej osoby.", """
				{"title":"%s","type":"report","access":"PUBLIC","topics":["legal-aid"],
				 "organization":"Fundacja Ocalenie","authors":["Anna Kowalska","Wiśniewska, Zofia"],
				 "published":"2024-05-03","language":"pl","license":"CC BY 4.0",
				 "description":"Jak uzyskać bezpłatną pomoc prawną w Łodzi."}""".formatted(json(PL_TITLE)));
		ukrainian = upload("uk.txt", "Правова допомога для українців у Польщі. Консультації безкоштовні для всіх.", """
				{"title":"%s","type":"guideline","access":"PUBLIC","topics":["asylum"],"organization":"%s",
				 "year":2023,"language":"uk"}""".formatted(json(UK_TITLE), json(UK_ORG)));
		english = upload("en.txt", "Free legal advice for foreigners in Poland. Advice is free for everyone.", """
				{"title":"Free legal advice for foreigners","type":"leaflet","access":"PUBLIC","topics":["legal-aid"],
				 "organization":"Baltic Bridges Legal Clinic","year":2022,"language":"en"}""");
		withdrawn = upload("gone.txt", "Nieaktualny poradnik o pomocy prawnej, wycofany przez redakcję.", """
				{"title":"Nieaktualny poradnik","type":"guideline","access":"PUBLIC","organization":"Fundacja Ocalenie",
				 "year":2020,"language":"pl"}""");
		members = upload("members.txt", "Poufny raport członkowski kwazarczłonkowski o pomocy prawnej.", """
				{"title":"Raport kwazarczłonkowski","type":"report","access":"MEMBERS","topics":["legal-aid"],
				 "organization":"Stowarzyszenie Kwazar","year":2024,"language":"pl"}""");
		restricted = upload("restricted.txt", "Zastrzeżony raport kwazarzastrzeżony o pomocy prawnej.", """
				{"title":"Raport kwazarzastrzeżony","type":"report","access":"RESTRICTED","topics":["legal-aid"],
				 "organization":"Instytut Kwazar","year":2024,"language":"pl"}""");
		IngestAwait.untilIdle(context, Duration.ofMinutes(2));
		HttpResponse<String> gone = api.delete("/api/documents/" + withdrawn, ADMIN, PASSWORD);
		assertThat(gone.statusCode()).as(gone.body()).isEqualTo(204);
		for (String id : List.of(polish, ukrainian, english, members, restricted)) {
			assertThat(api.json(api.get("/api/documents/" + id, ADMIN, PASSWORD)).get("status").asString())
				.isEqualTo("INDEXED");
		}
	}

	private String upload(String file, String text, String metadata) {
		HttpResponse<String> response = api.upload(file, text.getBytes(StandardCharsets.UTF_8), metadata, ADMIN,
				PASSWORD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return api.json(response).get("id").asString();
	}

	private static String json(String value) {
		return value.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	Set<String> publicLive() {
		return Set.of(polish, ukrainian, english);
	}

	// ---------------------------------------------------------------- citations

	@Test
	void bibtexOfAPolishDocumentParsesBackWithPersonsAndEscapedTitle() {
		HttpResponse<String> response = api.get("/api/documents/" + polish + "/citation?format=bibtex");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-bibtex");
		List<BibEntry> entries = BibEntry.parse(response.body());
		assertThat(entries).hasSize(1);
		BibEntry entry = entries.get(0);
		assertThat(entry.type()).isEqualTo("techreport");
		assertThat(entry.key()).isEqualTo("mosty-" + polish);
		assertThat(entry.fields().get("author")).isEqualTo("Kowalska, Anna and Wiśniewska, Zofia");
		assertThat(entry.fields().get("title")).as("capitals protected, specials escaped")
			.isEqualTo("{Pomoc} prawna dla {Ukraińców} w {Łodzi:} \\textbraceleft{}zażółć\\textbraceright{} \\& 100\\% \\#1 "
					+ "\\textasciitilde{} {ŻÓŁW}");
		assertThat(BibEntry.plain(entry.fields().get("title"))).isEqualTo(PL_TITLE);
		assertThat(entry.fields()).containsEntry("institution", "Fundacja Ocalenie")
			.containsEntry("year", "2024")
			.containsEntry("date", "2024-05-03")
			.containsEntry("langid", "polish")
			.containsEntry("url", BASE + "/documents/" + polish);
	}

	@Test
	void bibtexOfAUkrainianDocumentHasTheOrganisationAsCorporateAuthor() {
		BibEntry entry = BibEntry.parse(api.get("/api/documents/" + ukrainian + "/citation?format=bibtex").body()).get(0);
		assertThat(entry.type()).isEqualTo("misc");
		assertThat(entry.fields().get("author")).isEqualTo("{" + UK_ORG + "}");
		assertThat(BibEntry.plain(entry.fields().get("title"))).isEqualTo(UK_TITLE);
		assertThat(entry.fields().get("title")).contains("{Ґудзик}").contains("{Їжак}").contains(" допомога ");
		assertThat(entry.fields()).containsEntry("publisher", UK_ORG).containsEntry("langid", "ukrainian");
	}

	@Test
	void risParsesBack() {
		HttpResponse<String> response = api.get("/api/documents/" + ukrainian + "/citation?format=ris");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\r\n").endsWith("ER  - \r\n");
		Map<String, List<String>> tags = ris(response.body());
		assertThat(tags.get("TY")).containsExactly("GEN");
		assertThat(tags.get("TI")).containsExactly(UK_TITLE);
		assertThat(tags.get("AU")).containsExactly(UK_ORG);
		assertThat(tags.get("PB")).containsExactly(UK_ORG);
		assertThat(tags.get("PY")).containsExactly("2023");
		assertThat(tags.get("LA")).containsExactly("uk");
		assertThat(tags.get("UR")).containsExactly(BASE + "/documents/" + ukrainian);
		Map<String, List<String>> polishTags = ris(api.get("/api/documents/" + polish + "/citation?format=ris").body());
		assertThat(polishTags.get("TY")).containsExactly("RPRT");
		assertThat(polishTags.get("TI")).containsExactly(PL_TITLE);
		assertThat(polishTags.get("AU")).containsExactly("Kowalska, Anna", "Wiśniewska, Zofia");
		assertThat(polishTags.get("DA")).containsExactly("2024/05/03/");
	}

	@Test
	void cslJson() {
		HttpResponse<String> response = api.get("/api/documents/" + polish + "/citation?format=csl-json");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode item = api.json(response).get(0);
		assertThat(item.get("type").asString()).isEqualTo("report");
		assertThat(item.get("title").asString()).isEqualTo(PL_TITLE);
		assertThat(item.get("author").get(1).get("family").asString()).isEqualTo("Wiśniewska");
		assertThat(item.get("issued").get("date-parts").get(0).toString()).isEqualTo("[2024,5,3]");
		assertThat(item.get("URL").asString()).isEqualTo(BASE + "/documents/" + polish);
		JsonNode corporate = api.json(api.get("/api/documents/" + ukrainian + "/citation?format=csl-json")).get(0);
		assertThat(corporate.get("author").get(0).get("literal").asString()).isEqualTo(UK_ORG);
	}

	@Test
	void citationRespectsAccessAndFormat() {
		HttpResponse<String> bad = api.get("/api/documents/" + polish + "/citation?format=endnote");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(api.json(bad).get("detail").asString()).contains("bibtex");
		assertThat(api.get("/api/documents/" + members + "/citation?format=ris").statusCode()).isEqualTo(404);
		assertThat(api.get("/api/documents/" + members + "/citation?format=ris", "mira-member", "password-of-mira")
			.statusCode()).isEqualTo(200);
		assertThat(api.get("/api/documents/" + restricted + "/citation", "mira-member", "password-of-mira").statusCode())
			.isEqualTo(404);
		assertThat(api.get("/api/documents/" + withdrawn + "/citation").statusCode()).isEqualTo(404);
		assertThat(api.get("/api/documents/" + restricted + "/citation", ADMIN, PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void csvExportIsQuotedUtf8WithBomAndFiltered() throws Exception {
		HttpResponse<String> response = api.get("/api/search/export?format=csv&sort=title");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(response.body()).startsWith("\uFEFF");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(response.body().substring(1)))
			.getRecords();
		assertThat(rows).extracting(row -> row.get("id")).containsExactlyInAnyOrderElementsOf(publicLive());
		CSVRecord pl = rows.stream().filter(row -> row.get("id").equals(polish)).findFirst().orElseThrow();
		assertThat(pl.get("title")).isEqualTo(PL_TITLE);
		assertThat(pl.get("authors")).isEqualTo("Anna Kowalska; Wiśniewska, Zofia");
		assertThat(pl.get("url")).isEqualTo(BASE + "/documents/" + polish);
		assertThat(response.headers().firstValue("Mosty-Total-Hits")).contains("3");
		// an editor exports everything not withdrawn; a filter narrows like the search does
		HttpResponse<String> editor = api.get("/api/search/export?format=ris", ADMIN, PASSWORD);
		assertThat(ris(editor.body()).get("ID")).as("bounded by export-max-hits").hasSize(4);
		assertThat(editor.headers().firstValue("Mosty-Total-Hits")).contains("5");
		HttpResponse<String> reports = api.get("/api/search/export?format=bibtex&f.type=report", "mira-member",
				"password-of-mira");
		assertThat(BibEntry.parse(reports.body())).extracting(BibEntry::key)
			.containsExactlyInAnyOrder("mosty-" + polish, "mosty-" + members);
		assertThat(api.get("/api/search/export?format=xlsx").statusCode()).isEqualTo(400);
		assertThat(api.get("/api/search/export?format=csv&f.colour=red").statusCode()).isEqualTo(400);
	}

	// ---------------------------------------------------------------- feeds

	@Test
	void atomFeedHasPublicEntriesOnlyEvenForAnEditor() throws Exception {
		for (String[] who : List.of(new String[0], new String[] { ADMIN, PASSWORD })) {
			HttpResponse<String> response = api.get("/feeds/search.atom?sort=newest", who);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
			Document feed = parse(response.body());
			Element root = feed.getDocumentElement();
			assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
			assertThat(child(root, ATOM, "id")).isEqualTo("tag:mosty.example.org,2025:feeds/search?sort=newest");
			assertThatCode(() -> Instant.parse(child(root, ATOM, "updated"))).doesNotThrowAnyException();
			assertThat(links(root).get("self")).isEqualTo(BASE + "/feeds/search.atom?sort=newest");
			List<Element> entries = elements(root, ATOM, "entry");
			Map<String, Element> byId = new LinkedHashMap<>();
			for (Element entry : entries) {
				byId.put(child(entry, ATOM, "id"), entry);
			}
			assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(
					publicLive().stream().map(id -> "tag:mosty.example.org,2025:documents/" + id).toList());
			// newest first: the most recently added document first
			List<Instant> published = entries.stream().map(e -> Instant.parse(child(e, ATOM, "published"))).toList();
			assertThat(published).isSortedAccordingTo((a, b) -> b.compareTo(a));
			assertThat(new ArrayList<>(byId.keySet())).isSortedAccordingTo((a, b) -> b.compareTo(a));
			Element uk = byId.get("tag:mosty.example.org,2025:documents/" + ukrainian);
			assertThat(uk.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("uk");
			assertThat(child(uk, ATOM, "title")).isEqualTo(UK_TITLE);
			assertThat(child(uk, ATOM, "summary")).startsWith("Правова допомога");
			assertThat(links(uk).get("alternate")).isEqualTo(BASE + "/documents/" + ukrainian);
			assertThatCode(() -> Instant.parse(child(uk, ATOM, "updated"))).doesNotThrowAnyException();
			Element pl = byId.get("tag:mosty.example.org,2025:documents/" + polish);
			assertThat(pl.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("pl");
			assertThat(child(pl, ATOM, "summary")).isEqualTo("Jak uzyskać bezpłatną pomoc prawną w Łodzi.");
			assertThat(response.body()).doesNotContain("kwazar").doesNotContain(members).doesNotContain(restricted)
				.doesNotContain(withdrawn);
		}
	}

	@Test
	void atomFeedOfASearchAndABadSearch() throws Exception {
		Document feed = parse(api.get("/feeds/search.atom?q=" + encode("kwazarczłonkowski"), ADMIN, PASSWORD).body());
		assertThat(elements(feed.getDocumentElement(), ATOM, "entry")).isEmpty();
		Document filtered = parse(api.get("/feeds/search.atom?f.language=uk").body());
		assertThat(elements(filtered.getDocumentElement(), ATOM, "entry")).hasSize(1);
		HttpResponse<String> bad = api.get("/feeds/search.atom?year.from=abc");
		assertThat(bad.statusCode()).isEqualTo(400);
	}

	// ---------------------------------------------------------------- sitemap

	@Test
	void sitemapListsPublicPermalinksInAnIndexOfParts() throws Exception {
		String ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
		HttpResponse<String> response = api.get("/sitemap.xml", ADMIN, PASSWORD);
		assertThat(response.statusCode()).isEqualTo(200);
		Document index = parse(response.body());
		// three public documents, two per part (mosty.interop.sitemap-part-size): an index of two parts
		assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
		List<String> parts = elements(index.getDocumentElement(), ns, "sitemap").stream()
			.map(sitemap -> child(sitemap, ns, "loc"))
			.toList();
		assertThat(parts).containsExactly(BASE + "/sitemaps/1.xml", BASE + "/sitemaps/2.xml");
		List<String> locs = new ArrayList<>();
		for (String part : parts) {
			Document sitemap = parse(api.get(part.substring(BASE.length())).body());
			assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
			for (Element url : elements(sitemap.getDocumentElement(), ns, "url")) {
				locs.add(child(url, ns, "loc"));
				assertThatCode(() -> Instant.parse(child(url, ns, "lastmod"))).doesNotThrowAnyException();
			}
		}
		assertThat(locs).containsExactlyInAnyOrderElementsOf(
				publicLive().stream().map(id -> BASE + "/documents/" + id).toList());
		assertThat(api.get("/sitemaps/3.xml").statusCode()).isEqualTo(404);
	}

	// ---------------------------------------------------------------- OAI-PMH

	OaiSchemas schemas;

	OaiSchemas schemas() {
		if (schemas == null) {
			schemas = new OaiSchemas(Corpus.require().resolve("conformance/oai-pmh/OAI-PMH.xsd"));
		}
		return schemas;
	}

	/** An OAI-PMH answer, schema-validated. */
	Document oai(String query) throws Exception {
		HttpResponse<String> response = api.get("/oai?" + query);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
		schemas().validate(response.body());
		return parse(response.body());
	}

	@Test
	void identify() throws Exception {
		Element identify = elements(oai("verb=Identify").getDocumentElement(), OAI, "Identify").get(0);
		assertThat(child(identify, OAI, "baseURL")).isEqualTo(BASE + "/oai");
		assertThat(child(identify, OAI, "protocolVersion")).isEqualTo("2.0");
		assertThat(child(identify, OAI, "deletedRecord")).isEqualTo("transient");
		assertThat(child(identify, OAI, "granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
	}

	@Test
	void listMetadataFormatsAndSets() throws Exception {
		Document formats = oai("verb=ListMetadataFormats&identifier=" + encode(oaiId(polish)));
		assertThat(text(formats, OAI, "metadataPrefix")).containsExactly("oai_dc");
		Document sets = oai("verb=ListSets");
		assertThat(text(sets, OAI, "setSpec")).contains("type", "type:report", "type:leaflet", "topic",
				"topic:legal-aid", "topic:asylum");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"|badVerb",
			"verb=Explode|badVerb",
			"verb=Identify&verb=Identify|badVerb",
			"verb=Identify&colour=red|badArgument",
			"verb=ListRecords|badArgument",
			"verb=ListIdentifiers&metadataPrefix=oai_dc&metadataPrefix=oai_dc|badArgument",
			"verb=GetRecord&metadataPrefix=oai_dc|badArgument",
			"verb=ListRecords&metadataPrefix=oai_dc&from=2024-13-45|badArgument",
			"verb=ListRecords&metadataPrefix=oai_dc&from=yesterday|badArgument",
			"verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-02-01T00:00:00Z|badArgument",
			"verb=ListRecords&metadataPrefix=oai_dc&from=2024-02-01&until=2024-01-01|badArgument",
			"verb=ListRecords&metadataPrefix=oai_dc&set=a%20b|badArgument",
			"verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=bTE|badArgument",
			"verb=ListRecords&metadataPrefix=marcxml|cannotDisseminateFormat",
			"verb=ListRecords&metadataPrefix=marc%20xml|badArgument",
			"verb=ListRecords&metadataPrefix=marcxml&from=soon|badArgument",
			"verb=GetRecord&metadataPrefix=marcxml&identifier=oai:mosty.example.org:01ARZ3NDEKTSV4RRFFQ69G5FAV|idDoesNotExist",
			"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:mosty.example.org:01ARZ3NDEKTSV4RRFFQ69G5FAV|idDoesNotExist",
			"verb=GetRecord&metadataPrefix=oai_dc&identifier=nonsense|idDoesNotExist",
			"verb=ListMetadataFormats&identifier=oai:elsewhere.org:1|idDoesNotExist",
			"verb=ListIdentifiers&metadataPrefix=oai_dc&set=topic:no-such-topic|noRecordsMatch",
			"verb=ListIdentifiers&metadataPrefix=oai_dc&from=2999-01-01|noRecordsMatch",
			"verb=ListIdentifiers&metadataPrefix=oai_dc&until=2000-01-01T00:00:00Z|noRecordsMatch",
			"verb=ListRecords&resumptionToken=not-a-token|badResumptionToken",
			"verb=ListIdentifiers&resumptionToken=bTF8b2FpX2RjfHxnYXJiYWdlfHwxLjB8eHww|badResumptionToken",
			"verb=ListSets&resumptionToken=anything|badResumptionToken" })
	void errors(String query, String code) throws Exception {
		Document answer = oai(query == null ? "" : query);
		List<Element> errors = elements(answer.getDocumentElement(), OAI, "error");
		assertThat(errors).extracting(error -> error.getAttribute("code")).containsExactly(code);
		Element request = elements(answer.getDocumentElement(), OAI, "request").get(0);
		assertThat(request.getTextContent()).isEqualTo(BASE + "/oai");
		if (code.equals("badVerb") || code.equals("badArgument")) {
			assertThat(request.getAttributes().getLength()).isZero();
		}
	}

	@Test
	void restrictedDocumentsDoNotExistForHarvesters() throws Exception {
		for (String id : List.of(members, restricted)) {
			Document answer = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(oaiId(id)));
			assertThat(elements(answer.getDocumentElement(), OAI, "error").get(0).getAttribute("code"))
				.isEqualTo("idDoesNotExist");
		}
	}

	@Test
	void getRecordIsDublinCoreWithIso6393Languages() throws Exception {
		Document record = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(oaiId(polish)));
		assertThat(text(record, DC, "title")).containsExactly(PL_TITLE);
		assertThat(text(record, DC, "creator")).containsExactly("Anna Kowalska", "Wiśniewska, Zofia");
		assertThat(text(record, DC, "publisher")).containsExactly("Fundacja Ocalenie");
		assertThat(text(record, DC, "language")).containsExactly("pol");
		assertThat(text(record, DC, "identifier")).containsExactly(BASE + "/documents/" + polish);
		assertThat(text(record, DC, "date")).containsExactly("2024-05-03");
		assertThat(text(record, DC, "rights")).containsExactly("CC BY 4.0");
		assertThat(text(record, OAI, "setSpec")).containsExactly("type:report", "topic:legal-aid");
		Document uk = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(oaiId(ukrainian)));
		assertThat(text(uk, DC, "language")).containsExactly("ukr");
		assertThat(text(uk, DC, "creator")).containsExactly(UK_ORG);
		Document gone = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(oaiId(withdrawn)));
		Element header = elements(gone.getDocumentElement(), OAI, "header").get(0);
		assertThat(header.getAttribute("status")).isEqualTo("deleted");
		assertThat(elements(gone.getDocumentElement(), OAI, "metadata")).isEmpty();
	}

	@Test
	void listRecordsResumesOverPagesWithDeletedRecords() throws Exception {
		List<String> ids = new ArrayList<>();
		List<String> deleted = new ArrayList<>();
		String query = "verb=ListRecords&metadataPrefix=oai_dc";
		int pages = 0;
		long cursor = 0;
		while (query != null) {
			Document page = oai(query);
			pages++;
			for (Element header : elements(page.getDocumentElement(), OAI, "header")) {
				String id = child(header, OAI, "identifier");
				ids.add(id);
				if (header.getAttribute("status").equals("deleted")) {
					deleted.add(id);
				}
			}
			List<Element> tokens = elements(page.getDocumentElement(), OAI, "resumptionToken");
			query = null;
			if (!tokens.isEmpty()) {
				Element token = tokens.get(0);
				assertThat(token.getAttribute("completeListSize")).isEqualTo("4");
				assertThat(Long.parseLong(token.getAttribute("cursor"))).isEqualTo(cursor);
				cursor += 2;
				if (!token.getTextContent().isBlank()) {
					query = "verb=ListRecords&resumptionToken=" + encode(token.getTextContent());
				}
			}
		}
		assertThat(pages).isEqualTo(2);
		assertThat(ids).containsExactlyInAnyOrder(oaiId(polish), oaiId(ukrainian), oaiId(english), oaiId(withdrawn));
		assertThat(deleted).containsExactly(oaiId(withdrawn));
	}

	@Test
	void listIdentifiersBySetAndDatesAndOverPost() throws Exception {
		Document reports = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=type:report");
		assertThat(text(reports, OAI, "identifier")).containsExactly(oaiId(polish));
		Document legalAid = oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=topic:legal-aid");
		assertThat(text(legalAid, OAI, "identifier")).containsExactlyInAnyOrder(oaiId(polish), oaiId(english));
		// from the datestamp of the English record (seconds granularity) includes it
		Document english = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + encode(oaiId(this.english)));
		String stamp = text(english, OAI, "datestamp").get(0);
		assertThat(identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + stamp + "&until=" + stamp))
			.contains(oaiId(this.english));
		String day = stamp.substring(0, 10);
		assertThat(identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + day + "&until=" + day))
			.contains(oaiId(this.english));
		// until the second before: not included
		String before = Instant.parse(stamp).minusSeconds(1).toString();
		assertThat(identifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&until=" + before))
			.doesNotContain(oaiId(this.english));
		HttpResponse<String> post = api.postForm("/oai", Map.of("verb", "ListIdentifiers", "metadataPrefix", "oai_dc",
				"set", "type:guideline"));
		assertThat(post.statusCode()).as(post.body()).isEqualTo(200);
		schemas().validate(post.body());
		assertThat(text(parse(post.body()), OAI, "identifier")).containsExactlyInAnyOrder(oaiId(ukrainian),
				oaiId(withdrawn));
	}

	/** Every identifier of a list, following resumption tokens; an empty list for noRecordsMatch. */
	List<String> identifiers(String query) throws Exception {
		List<String> ids = new ArrayList<>();
		String next = query;
		while (next != null) {
			Document page = oai(next);
			ids.addAll(text(page, OAI, "identifier"));
			List<String> tokens = text(page, OAI, "resumptionToken");
			next = tokens.isEmpty() || tokens.get(0).isBlank() ? null
					: "verb=ListIdentifiers&resumptionToken=" + encode(tokens.get(0));
		}
		return ids;
	}

	String oaiId(String id) {
		return "oai:mosty.example.org:" + id;
	}

	// ---------------------------------------------------------------- helpers

	static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	static List<Element> elements(Element parent, String ns, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(ns, name);
		List<Element> list = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			list.add((Element) nodes.item(i));
		}
		return list;
	}

	static List<String> text(Document doc, String ns, String name) {
		return elements(doc.getDocumentElement(), ns, name).stream().map(Element::getTextContent).toList();
	}

	static String child(Element parent, String ns, String name) {
		List<Element> found = elements(parent, ns, name);
		assertThat(found).as(name).isNotEmpty();
		return found.get(0).getTextContent();
	}

	/** rel -> href of the direct link children. */
	static Map<String, String> links(Element parent) {
		Map<String, String> links = new LinkedHashMap<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element link && "link".equals(link.getLocalName())) {
				links.put(link.getAttribute("rel"), link.getAttribute("href"));
			}
		}
		return links;
	}

	/** RIS tags and their values, in order (a minimal reader: "XX  - value" lines). */
	static Map<String, List<String>> ris(String body) {
		Map<String, List<String>> tags = new LinkedHashMap<>();
		Pattern line = Pattern.compile("([A-Z][A-Z0-9])  - ?(.*)");
		for (String text : body.split("\r\n")) {
			Matcher matcher = line.matcher(text);
			if (matcher.matches()) {
				tags.computeIfAbsent(matcher.group(1), tag -> new ArrayList<>()).add(matcher.group(2).strip());
			}
			else {
				assertThat(text).as("every RIS line is a tag line").isEmpty();
			}
		}
		return tags;
	}

	/** A BibTeX entry read back by a small brace-counting parser. */
	record BibEntry(String type, String key, Map<String, String> fields) {

		static List<BibEntry> parse(String body) {
			List<BibEntry> entries = new ArrayList<>();
			int i = 0;
			while ((i = body.indexOf('@', i)) >= 0) {
				int open = body.indexOf('{', i);
				String type = body.substring(i + 1, open).strip();
				int comma = body.indexOf(',', open);
				String key = body.substring(open + 1, comma).strip();
				Map<String, String> fields = new LinkedHashMap<>();
				int pos = comma + 1;
				while (true) {
					while (Character.isWhitespace(body.charAt(pos)) || body.charAt(pos) == ',') {
						pos++;
					}
					if (body.charAt(pos) == '}') {
						pos++;
						break;
					}
					int equals = body.indexOf('=', pos);
					String name = body.substring(pos, equals).strip();
					int start = body.indexOf('{', equals);
					int depth = 0;
					int end = start;
					for (; end < body.length(); end++) {
						char ch = body.charAt(end);
						if (ch == '{') {
							depth++;
						}
						else if (ch == '}' && --depth == 0) {
							break;
						}
					}
					assertThat(depth).as("balanced braces in " + name).isZero();
					fields.put(name, body.substring(start + 1, end));
					pos = end + 1;
				}
				entries.add(new BibEntry(type, key, fields));
				i = pos;
			}
			return entries;
		}

		/** The text a reader sees: macros undone, protecting braces dropped. */
		static String plain(String value) {
			return value.replace("\\textbraceleft{}", "\u0001")
				.replace("\\textbraceright{}", "\u0002")
				.replace("\\textasciitilde{}", "~")
				.replace("\\textasciicircum{}", "^")
				.replace("\\textbackslash{}", "\\")
				.replaceAll("\\\\([$&%#_])", "$1")
				.replace("{", "")
				.replace("}", "")
				.replace('\u0001', '{')
				.replace('\u0002', '}');
		}
	}
}
