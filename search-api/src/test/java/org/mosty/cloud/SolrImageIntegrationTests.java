package org.mosty.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mosty.testing.ApiClient.encode;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;

import org.junit.jupiter.api.Test;
import org.mosty.indexer.reindex.ReindexLauncher;
import org.mosty.solr.cloud.SolrCloudCollections;
import org.mosty.testing.ApiClient;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.TestDataDirs;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

import tools.jackson.databind.JsonNode;

/**
 * Production parity where Docker exists (skipped otherwise): Mosty in cloud mode against the
 * official {@code solr:9.10} image in SolrCloud mode (embedded ZooKeeper), which gets nothing
 * from us but {@code SOLR_MODULES=analysis-extras} (Morfologik for Polish and Ukrainian, ICU) and
 * the solr-config jar in its home's lib folder (the configset's matchedVia component, issue 17).
 * Mosty uploads its configset and creates the collection itself, over HTTP ({@code solr-urls}:
 * the cluster state is read from Solr, no ZooKeeper client). The same smoke test as
 * {@link SolrCloudIntegrationTests}: ingest, lemmas in both languages, facets, access filtering
 * in search and suggest, a reindex that swaps the alias.
 * <p>
 * The node registers itself as {@code localhost:<port>} and listens on that same port inside the
 * container, published 1:1, so the replica addresses in the cluster state work from the host.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SolrImageIntegrationTests {

	static final String ADMIN = "admin";

	static final String PASSWORD = "image-admin-password";

	static final int PORT = freePort();

	@Container
	static final GenericContainer<?> SOLR = new GenericContainer<>(DockerImageName.parse("solr:9.10"))
		.withEnv("SOLR_MODULES", "analysis-extras")
		.withEnv("SOLR_HOST", "localhost")
		.withEnv("SOLR_PORT", Integer.toString(PORT))
		.withEnv("SOLR_HEAP", "512m")
		.withCopyFileToContainer(MountableFile.forHostPath(solrConfigJar()), "/var/solr/data/lib/mosty-solr-config.jar")
		.withCommand("solr-foreground", "-c") // SolrCloud, ZooKeeper embedded at SOLR_PORT + 1000
		.withExposedPorts(PORT)
		.withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
			.withPortBindings(new PortBinding(Ports.Binding.bindPort(PORT), new ExposedPort(PORT))))
		.waitingFor(Wait.forHttp("/solr/admin/info/system")
			.forPort(PORT)
			.forStatusCode(200)
			.withStartupTimeout(Duration.ofMinutes(3)));

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("solr-image"));
		registry.add("mosty.admin.password", () -> PASSWORD);
		registry.add("mosty.security.bcrypt-strength", () -> "4");
		registry.add("mosty.samples", () -> "false");
		registry.add("mosty.solr.mode", () -> "cloud");
		registry.add("mosty.solr.cloud.solr-urls", () -> "http://localhost:" + PORT + "/solr");
		registry.add("mosty.solr.cloud.catch-up-delay", () -> "1s");
	}

	/**
	 * The solr-config module's jar, built before this module's tests in the reactor (without it, the
	 * container fails to start with the path in its message; without Docker the class is skipped).
	 */
	private static java.nio.file.Path solrConfigJar() {
		java.nio.file.Path target = java.nio.file.Path.of("..", "solr-config", "target");
		java.nio.file.Path missing = target.resolve("solr-config.jar (build solr-config first)");
		if (!java.nio.file.Files.isDirectory(target)) {
			return missing;
		}
		try (var files = java.nio.file.Files.list(target)) {
			return files.filter(file -> file.getFileName().toString().matches("solr-config-[^-]+(-SNAPSHOT)?\\.jar"))
				.findFirst()
				.orElse(missing);
		}
		catch (IOException ex) {
			return missing;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SolrCloudCollections collections;

	@Test
	void theOfficialImageRunsMostyInCloudMode() throws Exception {
		ApiClient api = new ApiClient(port);
		assertThat(api.post("/api/admin/users",
				"{\"username\":\"maria\",\"password\":\"password-of-maria\",\"role\":\"MEMBER\"}", ADMIN, PASSWORD)
			.statusCode()).isEqualTo(201);
		String pl = upload(api, "pl.txt", "Pomagamy uchodźcom z Ukrainy znaleźć mieszkania we Wrocławiu.",
				"Poradnik mieszkaniowy", "PUBLIC", "pl", "guideline");
		String uk = upload(api, "uk.txt", "Ми допомагаємо біженцям з України знайти житло та роботу.",
				"Порадник для біженців", "PUBLIC", "uk", "report");
		String members = upload(api, "members.txt", "Wewnętrzny biuletyn o mieszkaniach dla uchodźców.",
				"Biuletyn członkowski", "MEMBERS", "pl", "newsletter");
		IngestAwait.untilIdle(context, Duration.ofMinutes(3));

		// lemmas from the image's analysis-extras module: Polish and Ukrainian Morfologik
		assertThat(ids(api.json(api.get("/api/search?q=" + encode("uchodźcami"))))).containsExactly(pl);
		assertThat(ids(api.json(api.get("/api/search?q=" + encode("біженців"))))).containsExactly(uk);
		// facets and access filtering
		JsonNode anonymous = api.json(api.get("/api/search?q=" + encode("mieszkanie")));
		assertThat(ids(anonymous)).containsExactly(pl);
		JsonNode member = api.json(api.get("/api/search?q=" + encode("mieszkanie"), "maria", "password-of-maria"));
		assertThat(ids(member)).containsExactlyInAnyOrder(pl, members);
		List<String> types = new ArrayList<>();
		member.get("facets").get("type").forEach(value -> types.add(value.get("value").asString()));
		assertThat(types).containsExactlyInAnyOrder("guideline", "newsletter");
		assertThat(api.get("/api/suggest?q=" + encode("Biuletyn")).body()).doesNotContain("Biuletyn członkowski");
		assertThat(api.get("/api/suggest?q=" + encode("Biuletyn"), "maria", "password-of-maria").body())
			.contains("Biuletyn członkowski");

		// a reindex into a new collection behind the alias
		String before = collections.currentCollection().orElseThrow();
		JobExecution execution = context.getBean(ReindexLauncher.class).start().execution();
		JobRepository repository = context.getBean(JobRepository.class);
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (repository.getJobExecution(execution.getId()).isRunning() && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(repository.getJobExecution(execution.getId()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(collections.currentCollection().orElseThrow()).isNotEqualTo(before);
		assertThat(ids(api.json(api.get("/api/search?q=" + encode("uchodźcami"))))).containsExactly(pl);
	}

	private static String upload(ApiClient api, String file, String text, String title, String access,
			String language, String type) {
		HttpResponse<String> response = api.upload(file, text.getBytes(StandardCharsets.UTF_8),
				"{\"title\":\"" + title + "\",\"type\":\"" + type + "\",\"access\":\"" + access + "\",\"language\":\""
						+ language + "\",\"year\":2024}",
				ADMIN, PASSWORD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return api.json(response).get("id").asString();
	}

	private static List<String> ids(JsonNode result) {
		List<String> ids = new ArrayList<>();
		result.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
		return ids;
	}
}
