package org.mosty.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mosty.testing.ApiClient.encode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mosty.config.MostyProperties;
import org.mosty.indexer.catalogue.AccessLevel;
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
 * Access enforcement over real HTTP on every read path that exists (search hits, facet counts,
 * snippets, document details, file download, file versions): one document per access level, each
 * with a word, an organisation and a type nobody else has, checked for every kind of user. Then
 * injection attempts in every search parameter, which must answer 200 or 400 and never leak.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlIntegrationTests {

	static final String ADMIN = "admin";

	static final String PASSWORD = "access-admin-password";

	static final String SHARED_WORD = "wspólnotowość";

	/** Who reads: anonymous, or a user with a role. */
	enum Reader {
		ANONYMOUS(null, AccessLevel.PUBLIC), MEMBER("marta-member", AccessLevel.MEMBERS),
		EDITOR("edek-editor", AccessLevel.RESTRICTED), ADMIN_USER(ADMIN, AccessLevel.RESTRICTED);

		final String username;

		final AccessLevel highest;

		Reader(String username, AccessLevel highest) {
			this.username = username;
			this.highest = highest;
		}

		String[] credentials() {
			if (username == null) {
				return new String[0];
			}
			return new String[] { username, username.equals(ADMIN) ? PASSWORD : "password-of-" + username };
		}

		boolean sees(AccessLevel level) {
			return level.ordinal() <= highest.ordinal();
		}
	}

	/** What makes a test document recognisable wherever it shows up. */
	record Secret(String word, String organization, String type, String id) {
	}

	static final Map<AccessLevel, Secret> SECRETS = new EnumMap<>(AccessLevel.class);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("access-control"));
		registry.add("mosty.admin.password", () -> PASSWORD);
		registry.add("mosty.security.bcrypt-strength", () -> "4");
		registry.add("mosty.samples", () -> "false");
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MostyProperties mosty;

	ApiClient api;

	@BeforeAll
	void libraryWithOneDocumentPerAccessLevel() {
		api = new ApiClient(port);
		for (Reader reader : List.of(Reader.MEMBER, Reader.EDITOR)) {
			HttpResponse<String> created = api.post("/api/admin/users",
					"{\"username\":\"" + reader.username + "\",\"password\":\"" + reader.credentials()[1]
							+ "\",\"role\":\"" + reader.name() + "\"}",
					ADMIN, PASSWORD);
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		}
		upload(AccessLevel.PUBLIC, "kwazarjawny", "Fundacja Jawna Kwazar", "report");
		upload(AccessLevel.MEMBERS, "kwazarczłonkowski", "Stowarzyszenie Członkowskie Kwazar", "newsletter");
		upload(AccessLevel.RESTRICTED, "kwazarzastrzeżony", "Instytut Zastrzeżony Kwazar", "policy-brief");
		IngestAwait.untilIdle(context, Duration.ofMinutes(2));
		for (Secret secret : SECRETS.values()) {
			assertThat(api.json(api.get("/api/documents/" + secret.id(), ADMIN, PASSWORD)).get("status").asString())
				.isEqualTo("INDEXED");
		}
	}

	private void upload(AccessLevel level, String word, String organization, String type) {
		String text = "Raport o pomocy prawnej dla cudzoziemców w Polsce. " + SHARED_WORD + " organizacji i " + word
				+ " to słowa, które pojawiają się tylko tutaj. Pomoc prawna jest bezpłatna dla osób w potrzebie.";
		HttpResponse<String> response = api.upload(word + ".txt", text.getBytes(StandardCharsets.UTF_8),
				"{\"title\":\"Dokument " + word + "\",\"type\":\"" + type + "\",\"access\":\"" + level
						+ "\",\"organization\":\"" + organization + "\",\"language\":\"pl\",\"year\":2024}",
				ADMIN, PASSWORD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		SECRETS.put(level, new Secret(word, organization, type, api.json(response).get("id").asString()));
	}

	static Stream<Arguments> readersAndLevels() {
		List<Arguments> cases = new ArrayList<>();
		for (Reader reader : Reader.values()) {
			for (AccessLevel level : AccessLevel.values()) {
				cases.add(Arguments.of(reader, level));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} and a {1} document: search hits")
	@MethodSource("readersAndLevels")
	void searchHits(Reader reader, AccessLevel level) {
		Secret secret = SECRETS.get(level);
		JsonNode result = search(reader, "q=" + encode(secret.word()));
		assertThat(result.get("total").asLong()).isEqualTo(reader.sees(level) ? 1 : 0);
		assertThat(ids(result).contains(secret.id())).isEqualTo(reader.sees(level));
	}

	@ParameterizedTest(name = "{0} and a {1} document: facet counts")
	@MethodSource("readersAndLevels")
	void facetCounts(Reader reader, AccessLevel level) {
		Secret secret = SECRETS.get(level);
		JsonNode result = search(reader, "");
		assertThat(facetValues(result, "organization").contains(secret.organization())).isEqualTo(reader.sees(level));
		assertThat(facetValues(result, "type").contains(secret.type())).isEqualTo(reader.sees(level));
		long visible = Stream.of(AccessLevel.values()).filter(reader::sees).count();
		assertThat(result.get("total").asLong()).isEqualTo(visible);
		// a filter on the hidden value itself finds nothing and counts nothing
		JsonNode filtered = search(reader, "f.organization=" + encode(secret.organization()));
		assertThat(filtered.get("total").asLong()).isEqualTo(reader.sees(level) ? 1 : 0);
		long counted = 0;
		for (JsonNode value : filtered.get("facets").get("type")) {
			counted += value.get("count").asLong();
		}
		assertThat(counted).isEqualTo(reader.sees(level) ? 1 : 0);
	}

	@ParameterizedTest(name = "{0} and a {1} document: snippets")
	@MethodSource("readersAndLevels")
	void snippets(Reader reader, AccessLevel level) {
		Secret secret = SECRETS.get(level);
		HttpResponse<String> response = api.get("/api/search?q=" + encode(SHARED_WORD), reader.credentials());
		assertThat(response.statusCode()).isEqualTo(200);
		String snippets = api.json(response).findValues("snippets").toString().toLowerCase(Locale.ROOT);
		assertThat(snippets).contains("<mark>");
		assertThat(snippets.contains(secret.word().toLowerCase(Locale.ROOT))).isEqualTo(reader.sees(level));
		assertThat(response.body().contains(secret.word())).isEqualTo(reader.sees(level));
	}

	@ParameterizedTest(name = "{0} and a {1} document: details and file")
	@MethodSource("readersAndLevels")
	void detailsAndFile(Reader reader, AccessLevel level) {
		Secret secret = SECRETS.get(level);
		HttpResponse<String> details = api.get("/api/documents/" + secret.id(), reader.credentials());
		assertThat(details.statusCode()).isEqualTo(reader.sees(level) ? 200 : 404);
		HttpResponse<byte[]> file = api.getBytes("/api/documents/" + secret.id() + "/file", reader.credentials());
		assertThat(file.statusCode()).isEqualTo(reader.sees(level) ? 200 : 404);
		if (!reader.sees(level)) {
			// the 404 says the same as for a document that does not exist
			assertThat(details.body()).doesNotContain(secret.word()).doesNotContain(secret.organization());
			assertThat(new String(file.body(), StandardCharsets.UTF_8)).doesNotContain(secret.word());
		}
		else {
			assertThat(new String(file.body(), StandardCharsets.UTF_8)).contains(secret.word());
		}
	}

	@ParameterizedTest(name = "{0} and a {1} document: file versions")
	@MethodSource("readersAndLevels")
	void fileVersions(Reader reader, AccessLevel level) {
		Secret secret = SECRETS.get(level);
		int expected = reader == Reader.ANONYMOUS ? 401 : reader == Reader.MEMBER ? 403 : 200;
		assertThat(api.get("/api/documents/" + secret.id() + "/versions", reader.credentials()).statusCode())
			.isEqualTo(expected);
		HttpResponse<byte[]> file = api.getBytes("/api/documents/" + secret.id() + "/versions/1/file",
				reader.credentials());
		assertThat(file.statusCode()).isEqualTo(expected);
		assertThat(new String(file.body(), StandardCharsets.UTF_8).contains(secret.word()))
			.isEqualTo(expected == 200);
	}

	@ParameterizedTest(name = "{0} and a {1} document: suggestions")
	@MethodSource("readersAndLevels")
	void suggestions(Reader reader, AccessLevel level) {
		Secret secret = SECRETS.get(level);
		HttpResponse<String> titles = api.get("/api/suggest?q=" + encode(secret.word().substring(0, 9)),
				reader.credentials());
		assertThat(titles.statusCode()).isEqualTo(200);
		assertThat(titles.body().contains(secret.word())).isEqualTo(reader.sees(level));
		String organizationWord = secret.organization().split(" ")[1];
		HttpResponse<String> organizations = api.get("/api/suggest?q=" + encode(organizationWord),
				reader.credentials());
		assertThat(organizations.body().contains(secret.organization())).isEqualTo(reader.sees(level));
	}

	@ParameterizedTest(name = "{0} and a {1} document: the organisation list")
	@MethodSource("readersAndLevels")
	void organizationList(Reader reader, AccessLevel level) {
		Secret secret = SECRETS.get(level);
		String organizationWord = secret.organization().split(" ")[1];
		for (String query : List.of("?q=" + encode(organizationWord), "?limit=20", "")) {
			HttpResponse<String> organizations = api.get("/api/organizations" + query, reader.credentials());
			assertThat(organizations.statusCode()).isEqualTo(200);
			assertThat(organizations.body().contains(secret.organization())).as(query)
				.isEqualTo(reader.sees(level));
		}
	}

	@ParameterizedTest(name = "{0} and a {1} document: exports")
	@MethodSource("readersAndLevels")
	void exports(Reader reader, AccessLevel level) {
		Secret secret = SECRETS.get(level);
		for (String format : List.of("csv", "bibtex", "ris")) {
			HttpResponse<String> export = api.get("/api/search/export?format=" + format + "&q=" + encode(SHARED_WORD),
					reader.credentials());
			assertThat(export.statusCode()).as(format).isEqualTo(200);
			assertThat(export.body().contains(secret.id())).as(format).isEqualTo(reader.sees(level));
		}
	}

	@ParameterizedTest(name = "{0} and a {1} document: did you mean")
	@MethodSource("readersAndLevels")
	void didYouMean(Reader reader, AccessLevel level) {
		Secret secret = SECRETS.get(level);
		String misspelt = secret.word().substring(0, secret.word().length() - 1);
		HttpResponse<String> response = api.get("/api/search?q=" + encode(misspelt), reader.credentials());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode didYouMean = api.json(response).get("didYouMean");
		if (reader.sees(level)) {
			assertThat(didYouMean.asString()).isEqualTo(secret.word());
		}
		else {
			assertThat(didYouMean.isNull()).as(response.body()).isTrue();
			assertThat(response.body()).doesNotContain(secret.word());
		}
	}

	@ParameterizedTest(name = "{0} and a {1} document: related documents and citation")
	@MethodSource("readersAndLevels")
	void relatedAndCitation(Reader reader, AccessLevel level) {
		Secret secret = SECRETS.get(level);
		if (level != AccessLevel.PUBLIC) {
			// the public document shares its text with the others: they are its related documents
			HttpResponse<String> related = api.get("/api/documents/" + SECRETS.get(AccessLevel.PUBLIC).id()
					+ "/related?size=20", reader.credentials());
			assertThat(related.statusCode()).isEqualTo(200);
			assertThat(related.body().contains(secret.id())).isEqualTo(reader.sees(level));
			assertThat(related.body().contains(secret.word())).isEqualTo(reader.sees(level));
		}
		HttpResponse<String> ris = api.get("/api/documents/" + secret.id() + "/citation?format=ris",
				reader.credentials());
		assertThat(ris.statusCode()).isEqualTo(reader.sees(level) ? 200 : 404);
		assertThat(ris.body().contains(secret.word())).isEqualTo(reader.sees(level));
	}

	@ParameterizedTest(name = "{0} and a {1} document: feed, OAI-PMH and sitemap (public only)")
	@MethodSource("readersAndLevels")
	void feedsOaiAndSitemapArePublicOnlyWhoeverAsks(Reader reader, AccessLevel level) {
		Secret secret = SECRETS.get(level);
		boolean listed = level == AccessLevel.PUBLIC;
		HttpResponse<String> feed = api.get("/feeds/search.atom?q=" + encode(secret.word()), reader.credentials());
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.body().contains(secret.id())).isEqualTo(listed);
		HttpResponse<String> oai = api.get("/oai?verb=ListRecords&metadataPrefix=oai_dc", reader.credentials());
		assertThat(oai.body().contains(secret.id())).isEqualTo(listed);
		assertThat(oai.body().contains(secret.word())).isEqualTo(listed);
		assertThat(api.get("/sitemap.xml", reader.credentials()).body().contains(secret.id())).isEqualTo(listed);
	}

	@ParameterizedTest(name = "{0}: a withdrawn document is hidden")
	@MethodSource("readers")
	void withdrawnDocumentsAreHiddenFromEveryReaderButEditors(Reader reader) {
		// withdraw and restore a PUBLIC document around the check
		Secret secret = SECRETS.get(AccessLevel.PUBLIC);
		assertThat(api.delete("/api/documents/" + secret.id(), ADMIN, PASSWORD).statusCode()).isEqualTo(204);
		try {
			commit();
			assertThat(search(reader, "q=" + encode(secret.word())).get("total").asLong()).isZero();
			assertThat(facetValues(search(reader, ""), "organization")).doesNotContain(secret.organization());
			int details = api.get("/api/documents/" + secret.id(), reader.credentials()).statusCode();
			int file = api.getBytes("/api/documents/" + secret.id() + "/file", reader.credentials()).statusCode();
			boolean editor = reader == Reader.EDITOR || reader == Reader.ADMIN_USER;
			assertThat(details).isEqualTo(editor ? 200 : 404);
			assertThat(file).isEqualTo(editor ? 200 : 404);
		}
		finally {
			assertThat(api.post("/api/documents/" + secret.id() + "/restore", null, ADMIN, PASSWORD).statusCode())
				.isEqualTo(200);
			commit();
		}
		assertThat(search(reader, "q=" + encode(secret.word())).get("total").asLong()).isEqualTo(1);
	}

	static Stream<Reader> readers() {
		return Stream.of(Reader.values());
	}

	static Stream<String> injections() {
		String restricted = "kwazarzastrzeżony";
		return Stream.of(
				// field queries and local parameters in q
				"q=" + encode("access:RESTRICTED"), "q=" + encode("access:*"), "q=" + encode("access:(RESTRICTED)"),
				"q=" + encode("{!lucene}access:RESTRICTED"), "q=" + encode("{!lucene v=$x}") + "&x=" + encode("*:*"),
				"q=" + encode("_query_:\"{!lucene}access:RESTRICTED\""), "q=" + encode("*:*"), "q=*",
				"q=" + encode("id:*"), "q=" + encode("{!join from=id to=id}access:RESTRICTED"),
				"q=" + encode("{!terms f=access}RESTRICTED,MEMBERS"), "q=" + encode("{!frange l=0}1"),
				"q=" + encode("kwazar*"), "q=" + encode("organization:*Kwazar*"), "q=" + encode(restricted),
				"q=" + encode("\"" + restricted + "\""), "q=" + encode(restricted + " OR access:RESTRICTED"),
				"q=" + encode("title:*") + "&defType=lucene", "q=" + encode("*:*") + "&uf=*&defType=lucene",
				"q=" + encode("((((("), "q=" + encode("\""), "q=" + encode("[* TO *]"), "q=" + encode("a~2 ^3"),
				"q=" + encode("AND OR NOT"), "q=" + encode("\\"), "q=" + encode("\u0000"), "q=" + encode("${x}"),
				"q=" + "a".repeat(999), "q=" + encode("a ".repeat(1500)), "q=" + encode("ż".repeat(5000)),
				"q=x&q=y",
				// Solr parameters passed along must not reach Solr
				"fq=" + encode("access:RESTRICTED") + "&q=" + encode(restricted),
				"qt=" + encode("/select") + "&q=" + encode("access:RESTRICTED"),
				"q=" + encode(restricted) + "&shards=" + encode("localhost:1/solr"),
				"q=" + encode(restricted) + "&wt=xml&fl=*", "q=" + encode(restricted) + "&rows=1000&start=-1",
				// filter values are terms, never queries
				"f.type=" + encode("report OR access:RESTRICTED"), "f.type=" + encode("report) OR (access:RESTRICTED"),
				"f.type=" + encode("*"), "f.type=" + encode("{!lucene}access:RESTRICTED"),
				"f.organization=" + encode("Instytut Zastrzeżony Kwazar"), "f.organization=" + encode("*Kwazar*"),
				"f.organization=" + encode("x\") OR access:(RESTRICTED"), "f.year=" + encode("2024 OR access:RESTRICTED"),
				"f.year=" + encode("[* TO *]"), "f.type=" + "x".repeat(5000), "f.access=RESTRICTED",
				"f.%7B!lucene%7Daccess=RESTRICTED", "f._query_=" + encode("{!lucene}access:RESTRICTED"),
				"f.type=" + String.join("&f.type=", java.util.Collections.nCopies(50, "report")),
				// sort, paging and size
				"sort=" + encode("score desc"), "sort=" + encode("access asc"), "sort=" + encode("{!func}access"),
				"sort=newest,access", "sort=" + "x".repeat(5000), "page=-1", "page=0", "page=abc", "page=1e3",
				"page=99999999999999999999", "page=10001", "size=0", "size=101", "size=-5", "size=99999999999",
				"size=" + encode("10 OR 1=1"), "page=100&size=100", "year.from=" + encode("{!lucene}"),
				"year.from=2025&year.to=2020", "year.to=99999", "lang=" + encode("{!xx}"), "lang=ru");
	}

	@ParameterizedTest(name = "[{index}] anonymous: {0}")
	@MethodSource("injections")
	void injectionsAnswer200Or400AndNeverLeakToAnonymousReaders(String parameters) {
		assertNoLeak(Reader.ANONYMOUS, parameters);
	}

	@ParameterizedTest(name = "[{index}] member: {0}")
	@MethodSource("injections")
	void injectionsNeverLeakRestrictedDocumentsToMembers(String parameters) {
		assertNoLeak(Reader.MEMBER, parameters);
	}

	private void assertNoLeak(Reader reader, String parameters) {
		HttpResponse<String> response = api.get("/api/search?" + parameters, reader.credentials());
		assertThat(response.statusCode()).as(parameters + " → " + response.body()).isIn(200, 400);
		String body = response.body();
		if (response.statusCode() == 400 && parameters.length() < 8000) {
			// (longer URLs are refused by the servlet container itself, before Mosty sees them)
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		}
		if (response.statusCode() == 200) {
			// the echo of the user's own query is not a leak; everything else in the answer is checked
			tools.jackson.databind.node.ObjectNode result = (tools.jackson.databind.node.ObjectNode) api.json(response);
			result.remove("query");
			body = result.toString();
		}
		for (AccessLevel level : AccessLevel.values()) {
			if (!reader.sees(level)) {
				Secret secret = SECRETS.get(level);
				assertThat(body).as(parameters).doesNotContain(secret.id())
					.doesNotContain(secret.organization())
					.doesNotContain("\"" + secret.type() + "\"");
				if (response.statusCode() == 200) {
					assertThat(body).as(parameters).doesNotContain(secret.word());
				}
			}
		}
		assertThat(body).doesNotContainIgnoringCase("exception").doesNotContain("org.apache");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/documents/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd/file", "/api/documents/..%2F..%2F/file",
			"/api/documents/01ARZ3NDEKTSV4RRFFQ69G5FAV/file", "/api/documents/%00/file",
			"/api/documents/01ARZ3NDEKTSV4RRFFQ69G5FAV/versions/1/file" })
	void oddDocumentPathsAreNotFoundNeverAServerError(String path) {
		assertThat(api.get(path).statusCode()).isIn(400, 401, 404);
		assertThat(api.get(path, ADMIN, PASSWORD).statusCode()).isIn(400, 404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/audit?limit=abc", "/api/audit?limit=100000", "/api/audit?documentId=..%2F..",
			"/api/ingest/runs/abc", "/api/ingest/runs?limit=99999999999", "/api/documents/01ARZ3NDEKTSV4RRFFQ69G5FAV/versions/abc/file",
			"/api/documents/01ARZ3NDEKTSV4RRFFQ69G5FAV/versions/99999999999/file", "/api/organizations?limit=x",
			"/api/organizations?q=%7B!lucene%7D*", "/api/admin/users/%7B!lucene%7D" })
	void oddEditorParametersAre400Or404NeverAServerError(String path) {
		HttpResponse<String> response = api.get(path, ADMIN, PASSWORD);
		assertThat(response.statusCode()).as(path + " → " + response.body()).isIn(200, 400, 404);
		assertThat(response.body()).doesNotContainIgnoringCase("exception");
	}

	@Test
	void anUploadNamedWithATraversalPathStoresNothingOutsideTheDataFolder() throws Exception {
		Path target = Path.of("/tmp/x.txt");
		boolean existed = Files.exists(target);
		long modified = existed ? Files.getLastModifiedTime(target).toMillis() : 0;
		HttpResponse<String> upload = api.upload("../../../../tmp/x.txt",
				"Plik o złośliwej nazwie.".getBytes(StandardCharsets.UTF_8),
				"{\"title\":\"Traversal\",\"type\":\"article\",\"access\":\"RESTRICTED\"}", ADMIN, PASSWORD);
		assertThat(upload.statusCode()).isEqualTo(202);
		if (existed) {
			assertThat(Files.getLastModifiedTime(target).toMillis()).isEqualTo(modified);
		}
		else {
			assertThat(target).doesNotExist();
		}
		Path data = mosty.dataPath();
		try (Stream<Path> files = Files.walk(data)) {
			assertThat(files.filter(path -> path.getFileName().toString().equals("x.txt"))).isEmpty();
		}
		String id = api.json(upload).get("id").asString();
		assertThat(api.json(api.get("/api/documents/" + id, ADMIN, PASSWORD)).get("fileName").asString())
			.isEqualTo("x.txt");
		// keep the library as the other tests expect it
		assertThat(api.delete("/api/documents/" + id, ADMIN, PASSWORD).statusCode()).isEqualTo(204);
	}

	@Test
	void anonymousWritesAre401AndMembersWritesAre403() {
		String id = SECRETS.get(AccessLevel.PUBLIC).id();
		byte[] bytes = "x".getBytes(StandardCharsets.UTF_8);
		String metadata = "{\"title\":\"x\",\"type\":\"article\",\"access\":\"PUBLIC\"}";
		assertThat(api.upload("x.txt", bytes, metadata).statusCode()).isEqualTo(401);
		assertThat(api.upload("x.txt", bytes, metadata, Reader.MEMBER.credentials()).statusCode()).isEqualTo(403);
		assertThat(api.put("/api/documents/" + id, metadata).statusCode()).isEqualTo(401);
		assertThat(api.put("/api/documents/" + id, metadata, Reader.MEMBER.credentials()).statusCode()).isEqualTo(403);
		assertThat(api.delete("/api/documents/" + id).statusCode()).isEqualTo(401);
		assertThat(api.delete("/api/documents/" + id, Reader.MEMBER.credentials()).statusCode()).isEqualTo(403);
		assertThat(api.uploadFile("/api/documents/" + id + "/versions", "v.txt", bytes).statusCode()).isEqualTo(401);
		assertThat(api.get("/api/audit").statusCode()).isEqualTo(401);
		assertThat(api.get("/api/ingest/runs", Reader.MEMBER.credentials()).statusCode()).isEqualTo(403);
		assertThat(api.post("/api/admin/reindex", null, Reader.EDITOR.credentials()).statusCode()).isEqualTo(403);
		assertThat(api.get("/api/admin/users", Reader.EDITOR.credentials()).statusCode()).isEqualTo(403);
		assertThat(api.json(api.get("/api/documents/" + id)).get("status").asString()).isEqualTo("INDEXED");
		// HEAD runs the GET handlers: editors' pages must refuse it too
		for (String path : List.of("/api/documents", "/api/documents/" + id + "/versions",
				"/api/documents/" + id + "/versions/1/file", "/api/audit", "/api/ingest/runs", "/api/admin/users")) {
			assertThat(api.head(path).statusCode()).as("HEAD " + path).isEqualTo(401);
			assertThat(api.head(path, Reader.MEMBER.credentials()).statusCode()).as("HEAD " + path).isEqualTo(403);
		}
	}

	private JsonNode search(Reader reader, String parameters) {
		HttpResponse<String> response = api.get("/api/search?" + parameters, reader.credentials());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return api.json(response);
	}

	private void commit() {
		try {
			context.getBean(org.apache.solr.client.solrj.SolrClient.class).commit();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> ids(JsonNode result) {
		List<String> ids = new ArrayList<>();
		result.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
		return ids;
	}

	private static List<String> facetValues(JsonNode result, String facet) {
		List<String> values = new ArrayList<>();
		result.get("facets").get(facet).forEach(value -> values.add(value.get("value").asString()));
		return values;
	}
}
