package org.mosty.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mosty.SearchApiTestApplication;
import org.mosty.testing.ApiClient;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.SolrServers;
import org.mosty.testing.TestDataDirs;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * Issue 18: the search API with its Solr server stopped answers 503 with {@code Retry-After} and
 * problem+json on every read path that asks Solr (search, suggestions, related documents, the
 * organisation list), never 500, and answers again once the server is back. The application talks
 * to a real Solr server over HTTP (Jetty), stopped and started on the same port.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexOutageIntegrationTests {

	private JettySolrRunner jetty;

	private ConfigurableApplicationContext context;

	private ApiClient api;

	private String id;

	@BeforeAll
	void start() throws Exception {
		jetty = SolrServers.startWithMostyCore("index-outage-solr");
		context = new SpringApplicationBuilder(SearchApiTestApplication.class).run("--server.port=0",
				"--mosty.data-dir=" + TestDataDirs.fresh("index-outage"), "--mosty.samples=false",
				"--mosty.solr.mode=http", "--mosty.solr.url=" + jetty.getBaseUrl(),
				"--mosty.admin.password=outage-admin-password", "--mosty.security.bcrypt-strength=4",
				"--mosty.ingest.solr-attempts=1", "--spring.main.banner-mode=off");
		api = new ApiClient(((WebServerApplicationContext) context).getWebServer().getPort());
		HttpResponse<String> upload = api.upload("awaria.txt",
				"Poradnik o pomocy prawnej dla cudzoziemców w czasie awarii.".getBytes(StandardCharsets.UTF_8),
				"{\"title\":\"Poradnik awaryjny\",\"type\":\"report\",\"access\":\"PUBLIC\",\"language\":\"pl\","
						+ "\"organization\":\"Fundacja Awaria\"}",
				"admin", "outage-admin-password");
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
		id = api.json(upload).get("id").asString();
		IngestAwait.untilIdle(context, Duration.ofMinutes(2));
	}

	@AfterAll
	void stop() throws Exception {
		if (context != null) {
			context.close();
		}
		if (jetty != null) {
			jetty.stop();
		}
	}

	@Test
	void readPathsAnswer503WithRetryAfterWhileSolrIsDownAndRecover() throws Exception {
		List<String> paths = List.of("/api/search?q=poradnik", "/api/suggest?q=porad", "/api/documents/" + id + "/related",
				"/api/organizations?q=fund");
		for (String path : paths) {
			assertThat(api.get(path).statusCode()).as(path).isEqualTo(200);
		}
		jetty.stop();
		try {
			for (String path : paths) {
				HttpResponse<String> response = api.get(path);
				assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(503);
				assertThat(response.headers().firstValue("Retry-After")).as(path).hasValue("10");
				assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path)
					.startsWith("application/problem+json");
				JsonNode problem = api.json(response);
				assertThat(problem.get("status").asInt()).isEqualTo(503);
				assertThat(problem.get("detail").asString()).contains("try again");
			}
		}
		finally {
			jetty.start(true); // back, on the same port
		}
		assertThat(api.get("/api/search?q=poradnik").statusCode()).isEqualTo(200);
		assertThat(api.json(api.get("/api/search?q=poradnik")).get("total").asLong()).isEqualTo(1);
	}
}
