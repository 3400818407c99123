package org.mosty.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.MultipartConfigElement;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mosty.solr.SolrProperties;
import org.mosty.solr.cloud.SolrCloudCollections;
import org.mosty.security.LoginThrottle;
import org.mosty.testing.ApiClient;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.TestDataDirs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The actuator over real HTTP with the embedded Solr core: health is public but shows only the
 * status to anonymous readers, details (Solr, database) to admins; Prometheus metrics only for
 * the metrics role, with the ingest, extraction, search and index meters after a real ingest of
 * one good and one broken file; nothing else of the actuator is reachable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsIntegrationTests {

	static final String ADMIN = "admin";

	static final String PASSWORD = "operations-admin-password";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("operations"));
		registry.add("mosty.admin.password", () -> PASSWORD);
		registry.add("mosty.security.bcrypt-strength", () -> "4");
		registry.add("mosty.samples", () -> "false");
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	ApiClient api;

	@BeforeAll
	void oneGoodAndOneBrokenDocument() {
		api = new ApiClient(port);
		HttpResponse<String> editor = api.post("/api/admin/users",
				"{\"username\":\"ewa\",\"password\":\"password-of-ewa\",\"role\":\"EDITOR\"}", ADMIN, PASSWORD);
		assertThat(editor.statusCode()).as(editor.body()).isEqualTo(201);
		assertThat(api.upload("dobry.txt", "Poradnik dla cudzoziemców o pomocy prawnej.".getBytes(StandardCharsets.UTF_8),
				"{\"title\":\"Poradnik\",\"type\":\"report\",\"access\":\"PUBLIC\",\"language\":\"pl\"}", ADMIN, PASSWORD)
			.statusCode()).isEqualTo(202);
		assertThat(api.upload("zepsuty.pdf", "%PDF-1.4 broken".getBytes(StandardCharsets.US_ASCII),
				"{\"title\":\"Zepsuty\",\"type\":\"report\",\"access\":\"PUBLIC\",\"language\":\"pl\"}", ADMIN, PASSWORD)
			.statusCode()).isEqualTo(202);
		IngestAwait.untilIdle(context, Duration.ofMinutes(2));
		assertThat(api.get("/api/search?q=poradnik").statusCode()).isEqualTo(200);
	}

	@Test
	void healthIsPublicButItsDetailsAreForAdmins() {
		HttpResponse<String> anonymous = api.get("/actuator/health");
		assertThat(anonymous.statusCode()).isEqualTo(200);
		JsonNode status = api.json(anonymous);
		assertThat(status.get("status").asString()).isEqualTo("UP");
		assertThat(status.has("components")).isFalse();
		assertThat(status.has("details")).isFalse();

		JsonNode admin = api.json(api.get("/actuator/health", ADMIN, PASSWORD));
		JsonNode solr = admin.get("components").get("solr");
		assertThat(solr.get("status").asString()).isEqualTo("UP");
		assertThat(solr.get("details").get("mode").asString()).isEqualTo("EMBEDDED");
		assertThat(solr.get("details").get("documents").asLong()).isEqualTo(1);
		assertThat(admin.get("components").get("db").get("status").asString()).isEqualTo("UP");
	}

	/**
	 * Issue 18: the actuator checks Basic passwords too, so it counts failures and refuses a locked
	 * user like the API does; before, wrong passwords there got 401 forever and the right one was then
	 * accepted while the API answered 429.
	 */
	@Test
	void passwordGuessesThroughTheActuatorAreThrottledLikeTheApi() {
		HttpResponse<String> created = api.post("/api/admin/users",
				"{\"username\":\"olga\",\"password\":\"password-of-olga\",\"role\":\"ADMIN\"}", ADMIN, PASSWORD);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			statuses.add(api.get("/actuator/health", "olga", "wrong-guess-" + i).statusCode());
		}
		assertThat(statuses.subList(0, LoginThrottle.MAX_FAILURES)).containsOnly(401);
		assertThat(statuses.subList(LoginThrottle.MAX_FAILURES, statuses.size())).containsOnly(429);
		HttpResponse<String> right = api.get("/actuator/health", "olga", "password-of-olga");
		assertThat(right.statusCode()).isEqualTo(429);
		assertThat(right.headers().firstValue("Retry-After")).isPresent();
		assertThat(right.body()).doesNotContain("components");
		assertThat(api.get("/actuator/prometheus", "olga", "password-of-olga").statusCode()).isEqualTo(429);
		assertThat(api.get("/api/documents", "olga", "password-of-olga").statusCode()).isEqualTo(429);
	}

	/** Issue 18: a request has a size limit by default (it was unlimited), so no upload can fill the disk. */
	@Test
	void requestsHaveASizeLimitByDefault() {
		MultipartConfigElement multipart = context.getBean(MultipartConfigElement.class);
		assertThat(multipart.getMaxRequestSize()).isEqualTo(1024L * 1024 * 1024);
		assertThat(multipart.getMaxFileSize()).isEqualTo(100L * 1024 * 1024);
	}

	@Test
	void prometheusIsForAdminsAndCarriesTheMostyMeters() {
		assertThat(api.get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(api.get("/actuator/prometheus", "ewa", "password-of-ewa").statusCode()).isEqualTo(403);
		HttpResponse<String> metrics = api.get("/actuator/prometheus", ADMIN, PASSWORD);
		assertThat(metrics.statusCode()).isEqualTo(200);
		String text = metrics.body();
		assertThat(text).containsPattern("mosty_ingest_documents_seconds_count\\{[^}]*category=\"none\"[^}]*"
				+ "outcome=\"INDEXED\"[^}]*\\} 1");
		assertThat(text).containsPattern("mosty_ingest_documents_seconds_count\\{[^}]*category=\"corrupt\"[^}]*"
				+ "outcome=\"FAILED\"[^}]*\\} 1");
		assertThat(text).containsPattern("mosty_extraction_seconds_count\\{[^}]*outcome=\"ok\"[^}]*\\} 1");
		assertThat(text).containsPattern("mosty_index_documents\\{[^}]*\\} 1");
		assertThat(text).containsPattern("mosty_index_bytes\\{[^}]*\\} [1-9][0-9.E]*");
		assertThat(text).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/search\"");
	}

	@Test
	void noOtherActuatorEndpointIsReachable() {
		for (String path : new String[] { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics" }) {
			assertThat(api.get(path).statusCode()).as(path).isIn(401, 403, 404);
			assertThat(api.get(path, ADMIN, PASSWORD).statusCode()).as(path).isIn(403, 404);
		}
	}

	@Test
	void solrHealthIsDownWhenSolrDoesNotAnswer() throws Exception {
		try (SolrClient nowhere = new HttpJdkSolrClient.Builder("http://127.0.0.1:9/solr")
			.useHttp1_1(true)
			.withConnectionTimeout(2, TimeUnit.SECONDS)
			.withRequestTimeout(2, TimeUnit.SECONDS)
			.withDefaultCollection("mosty")
			.build()) {
			SolrProperties http = new SolrProperties(SolrProperties.Mode.HTTP, URI.create("http://127.0.0.1:9/solr"),
					"mosty", Duration.ofSeconds(1));
			ObjectProvider<SolrCloudCollections> noCloud = context.getBeanProvider(SolrCloudCollections.class);
			var health = new SolrHealthIndicator(nowhere, http, noCloud).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		}
	}
}
