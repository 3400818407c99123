package org.mosty.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mosty.testing.ApiClient;
import org.mosty.testing.TestDataDirs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document of a running instance: readable anonymously (with Swagger UI), written to
 * {@code target/openapi.json} for the linter CI runs ({@code .ci/run}), complete (every API,
 * feed, OAI-PMH and sitemap mapping is documented with a summary, security and error responses)
 * and its examples true: every named example request is sent and must answer the documented
 * status.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiIntegrationTests {

	static final String PASSWORD = "openapi-admin-password";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("openapi"));
		registry.add("mosty.admin.password", () -> PASSWORD);
		registry.add("mosty.security.bcrypt-strength", () -> "4");
		registry.add("mosty.samples", () -> "false");
	}

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	ApiClient api;

	JsonNode document;

	@BeforeAll
	void fetch() throws Exception {
		api = new ApiClient(port);
		HttpResponse<String> response = api.get("/v3/api-docs");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		document = api.json(response);
		Path target = Path.of("target", "openapi.json");
		Files.createDirectories(target.getParent());
		Files.writeString(target, document.toPrettyString(), StandardCharsets.UTF_8);
	}

	@Test
	void documentAndSwaggerUiAreReadableAnonymously() {
		assertThat(document.get("openapi").asString()).startsWith("3.");
		assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
		assertThat(document.at("/components/schemas/Problem/properties/detail").isMissingNode()).isFalse();
		HttpResponse<String> ui = api.get("/swagger-ui/index.html");
		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(api.get("/swagger-ui.html").statusCode()).isIn(200, 302);
	}

	@Test
	void everyEndpointIsDocumented() {
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			for (String path : info.getPatternValues()) {
				if (!(path.startsWith("/api/") || path.startsWith("/feeds/") || path.equals("/oai")
						|| path.startsWith("/sitemap"))) {
					continue;
				}
				for (var verb : info.getMethodsCondition().getMethods()) {
					mapped.add(verb.name() + " " + path);
				}
			}
		});
		assertThat(mapped).contains("GET /api/search", "GET /oai", "POST /oai", "GET /feeds/search.atom",
				"GET /sitemap.xml", "GET /api/documents/{id}/citation", "GET /api/search/export");
		Set<String> documented = new TreeSet<>();
		for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").properties().iterator(); paths
			.hasNext();) {
			Map.Entry<String, JsonNode> path = paths.next();
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String key = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
				documented.add(key);
				JsonNode op = operation.getValue();
				assertThat(op.path("summary").asString("")).as(key + " summary").isNotBlank();
				assertThat(op.path("operationId").asString("")).as(key + " operationId").isNotBlank();
				assertThat(op.path("security").isArray()).as(key + " security").isTrue();
				for (Map.Entry<String, JsonNode> response : op.get("responses").properties()) {
					if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
						assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asString())
							.as(key + " " + response.getKey()).isEqualTo("#/components/schemas/Problem");
					}
				}
			}
		}
		assertThat(documented).containsAll(mapped);
	}

	@Test
	void documentedSuccessCodesAreTheRealOnes() {
		HttpResponse<String> created = api.post("/api/admin/users",
				"{\"username\":\"olga-openapi\",\"password\":\"password-of-olga\",\"role\":\"MEMBER\"}", "admin",
				PASSWORD);
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(document.at("/paths/~1api~1admin~1users/post/responses").has("201")).isTrue();
		HttpResponse<String> deleted = api.delete("/api/admin/users/olga-openapi", "admin", PASSWORD);
		assertThat(deleted.statusCode()).isEqualTo(204);
		assertThat(document.at("/paths/~1api~1admin~1users~1{username}/delete/responses").has("204")).isTrue();
		HttpResponse<String> upload = api.upload("o.txt", "Tekst dokumentu.".getBytes(StandardCharsets.UTF_8),
				"{\"title\":\"Dokument\",\"type\":\"report\",\"access\":\"PUBLIC\"}", "admin", PASSWORD);
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
		assertThat(document.at("/paths/~1api~1documents/post/responses").has("202")).isTrue();
	}

	@Test
	void everyExampleRequestAnswersItsDocumentedStatus() {
		int replayed = 0;
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				JsonNode op = operation.getValue();
				for (JsonNode replay : op.path("x-replay")) {
					String name = replay.get("example").asString();
					int status = replay.get("status").asInt();
					String key = operation.getKey() + " " + path.getKey() + " example " + name;
					assertThat(op.get("responses").has(Integer.toString(status))).as(key + " documents " + status).isTrue();
					assertThat(operation.getKey()).as("only safe examples are replayed").isEqualTo("get");
					String url = path.getKey();
					List<String> query = new ArrayList<>();
					for (JsonNode parameter : op.path("parameters")) {
						JsonNode example = parameter.path("examples").path(name);
						if (example.isMissingNode()) {
							continue;
						}
						JsonNode values = example.get("value");
						for (JsonNode item : values.isArray() ? values : List.of(values)) {
							String value = item.asString();
							if (parameter.get("in").asString().equals("path")) {
								url = url.replace("{" + parameter.get("name").asString() + "}", ApiClient.encode(value));
							}
							else {
								query.add(ApiClient.encode(parameter.get("name").asString()) + "="
										+ ApiClient.encode(value));
							}
						}
					}
					assertThat(url).as(key).doesNotContain("{");
					if (!query.isEmpty()) {
						url += "?" + String.join("&", query);
					}
					String[] credentials = replay.has("user") ? new String[] { "admin", PASSWORD } : new String[0];
					HttpResponse<String> response = api.get(url, credentials);
					assertThat(response.statusCode()).as(key + ": " + url + " -> " + response.body()).isEqualTo(status);
					replayed++;
				}
			}
		}
		assertThat(replayed).isGreaterThanOrEqualTo(20);
	}
}
