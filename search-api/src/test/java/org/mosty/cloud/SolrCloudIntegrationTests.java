package org.mosty.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mosty.testing.ApiClient.encode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mosty.indexer.ingest.IngestLauncher;
import org.mosty.indexer.reindex.ReindexCollectionBuilt;
import org.mosty.indexer.reindex.ReindexLauncher;
import org.mosty.solr.SolrFields;
import org.mosty.solr.cloud.SolrCloudCollections;
import org.mosty.testing.ApiClient;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.TestDataDirs;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Mosty in cloud mode against a real SolrCloud: {@link MiniSolrCloudCluster} with two Solr nodes
 * and an embedded ZooKeeper, one cluster for the whole class. The application uploads our real
 * configset and creates the collection (2 shards × 2 replicas) behind the alias itself; documents
 * go through the real upload → ingest (Tika) → Solr path. Then: faceted search, access filtering
 * in search and suggest, "did you mean", related documents; one node stopped (search and ingest go
 * on) and restarted (its replicas catch up); and a reindex that swaps the alias while a client
 * searches in a loop.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudIntegrationTests {

	static final String ADMIN = "admin";

	static final String PASSWORD = "cloud-admin-password";

	static final String ALIAS = "mosty";

	static final String SHARED = "ratownictwokwazar";

	private static MiniSolrCloudCluster cluster;

	private static Path clusterDir;

	private static final Map<String, String> IDS = new ConcurrentHashMap<>();

	/** What the test's stand-in for a second ingest worker did while the new collection was built. */
	private static final List<String> DURING_REINDEX = new CopyOnWriteArrayList<>();

	private static ConfigurableApplicationContext shared;

	@LocalServerPort
	int port;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	SolrCloudCollections collections;

	@Autowired
	SolrClient solr;

	ApiClient api;

	static synchronized MiniSolrCloudCluster cluster() {
		if (cluster == null) {
			try {
				clusterDir = Files.createTempDirectory("mosty-cloud");
				cluster = new MiniSolrCloudCluster.Builder(2, clusterDir).build();
			}
			catch (Exception ex) {
				throw new IllegalStateException("MiniSolrCloudCluster did not start", ex);
			}
		}
		return cluster;
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("solr-cloud"));
		registry.add("mosty.admin.password", () -> PASSWORD);
		registry.add("mosty.security.bcrypt-strength", () -> "4");
		registry.add("mosty.samples", () -> "false");
		registry.add("mosty.solr.mode", () -> "cloud");
		registry.add("mosty.solr.core", () -> ALIAS);
		// ZooKeeper address as Solr's own nodes use it: host:port and the chroot
		registry.add("mosty.solr.cloud.zk-hosts", () -> zkAddress()[0]);
		registry.add("mosty.solr.cloud.zk-chroot", () -> zkAddress()[1]);
		registry.add("mosty.solr.cloud.shards", () -> "2");
		registry.add("mosty.solr.cloud.replicas", () -> "2");
		registry.add("mosty.solr.cloud.catch-up-delay", () -> "1s");
	}

	private static String[] zkAddress() {
		String address = cluster().getZkServer().getZkAddress();
		int slash = address.indexOf('/');
		return slash < 0 ? new String[] { address, "" }
				: new String[] { address.substring(0, slash), address.substring(slash) };
	}

	@TestConfiguration
	static class SecondWorker {

		/**
		 * Stands in for another Mosty instance that ingests while the new collection is built: at
		 * the last moment before the swap it uploads a document and runs the real ingest job, in a
		 * thread of its own as another process would, writing through the alias, that is into the
		 * old collection.
		 */
		@Bean
		Object ingestDuringReindex(JobOperator jobOperator, @Qualifier("ingestJob") Job ingestJob) {
			return new Object() {
				@EventListener
				void on(ReindexCollectionBuilt built) throws Exception {
					ApiClient client = new ApiClient(((WebServerApplicationContext) shared).getWebServer().getPort());
					Thread worker = new Thread(() -> {
						DURING_REINDEX.add(upload(client, "kwazarpodczas", "PUBLIC", "report", "Fundacja Podczas"));
						try {
							JobExecution run = jobOperator.start(ingestJob,
									new JobParametersBuilder().addString("run.id", "second-worker").toJobParameters());
							DURING_REINDEX.add(run.getStatus().name());
						}
						catch (Exception ex) {
							throw new IllegalStateException(ex);
						}
					}, "second-worker");
					worker.start();
					worker.join(120_000);
				}
			};
		}

		/** The cluster stops after the application's Solr client is closed, not before. */
		@Bean
		static BeanFactoryPostProcessor clusterOutlivesTheSolrClient() {
			return factory -> factory.getBeanDefinition("solrClient").setDependsOn("miniSolrCloudCluster");
		}

		@Bean(destroyMethod = "shutdown")
		MiniSolrCloudCluster miniSolrCloudCluster() {
			return cluster();
		}
	}

	@BeforeEach
	void library() {
		api = new ApiClient(port);
		shared = context;
		if (!IDS.isEmpty()) {
			return;
		}
		HttpResponse<String> member = api.post("/api/admin/users",
				"{\"username\":\"maria\",\"password\":\"password-of-maria\",\"role\":\"MEMBER\"}", ADMIN, PASSWORD);
		assertThat(member.statusCode()).as(member.body()).isEqualTo(201);
		IDS.put("public", upload(api, "kwazarjawny", "PUBLIC", "report", "Fundacja Jawna"));
		IDS.put("public2", upload(api, "kwazardrugi", "PUBLIC", "guideline", "Fundacja Jawna"));
		IDS.put("members", upload(api, "kwazarczłonkowski", "MEMBERS", "newsletter", "Stowarzyszenie Członkowskie"));
		IDS.put("restricted", upload(api, "kwazarzastrzeżony", "RESTRICTED", "policy-brief", "Instytut Zastrzeżony"));
		IngestAwait.untilIdle(context, Duration.ofMinutes(2));
	}

	static String upload(ApiClient client, String word, String access, String type, String organization) {
		String text = "Poradnik o ratownictwie i pomocy prawnej dla cudzoziemców w Polsce. " + SHARED + " " + word
				+ " to słowa, które pojawiają się tylko tutaj. Pomoc prawna jest bezpłatna dla osób w potrzebie. "
				+ "Uchodźcy z Ukrainy otrzymują wsparcie w znalezieniu mieszkania i pracy.";
		HttpResponse<String> response = client.upload(word + ".txt", text.getBytes(StandardCharsets.UTF_8),
				"{\"title\":\"Przewodnik " + word + "\",\"type\":\"" + type + "\",\"access\":\"" + access
						+ "\",\"organization\":\"" + organization + "\",\"language\":\"pl\",\"year\":2024}",
				ADMIN, PASSWORD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return client.json(response).get("id").asString();
	}

	@AfterAll
	static void deleteClusterFolder() {
		// the cluster itself stops with the application context (@DirtiesContext)
		org.springframework.util.FileSystemUtils.deleteRecursively(clusterDir.toFile());
	}

	@Test
	@Order(1)
	void theApplicationCreatedTheCollectionBehindTheAliasFromOurConfigset() throws Exception {
		String collection = collections.currentCollection().orElseThrow();
		assertThat(collection).startsWith(ALIAS + "_");
		DocCollection state = cluster.getZkStateReader().getClusterState().getCollection(collection);
		assertThat(state.getSlices()).hasSize(2);
		assertThat(state.getSlices()).allSatisfy(slice -> assertThat(slice.getReplicas()).hasSize(2));
		assertThat(state.getConfigName()).startsWith(ALIAS + "-").hasSize(ALIAS.length() + 13);
	}

	/** Issue 17: the matchedVia component explains hits gathered from both shards. */
	@Test
	@Order(2)
	void hitsFromEveryShardSayWhichWordsTheyMatchedThroughTranslation() {
		JsonNode result = search("/api/search?q=" + ApiClient.encode("житло"));
		assertThat(result.get("hits").size()).isGreaterThanOrEqualTo(2);
		result.get("hits").forEach(hit -> {
			assertThat(hit.get("matchedVia").size()).as(hit.get("id").asString()).isEqualTo(1);
			assertThat(hit.get("matchedVia").get(0).get("query").asString()).isEqualTo("житло");
			assertThat(hit.get("matchedVia").get(0).get("matched").asString()).isEqualTo("mieszkanie");
		});
	}

	@Test
	@Order(2)
	void facetedSearchAcrossShardsShowsEachReaderOnlyWhatTheyMaySee() {
		JsonNode anonymous = search("/api/search?q=" + SHARED);
		assertThat(ids(anonymous)).containsExactlyInAnyOrder(IDS.get("public"), IDS.get("public2"));
		assertThat(facet(anonymous, "type")).containsOnlyKeys("report", "guideline");
		assertThat(facet(anonymous, "organization")).containsEntry("Fundacja Jawna", 2);

		JsonNode member = api.json(api.get("/api/search?q=" + SHARED, "maria", "password-of-maria"));
		assertThat(ids(member)).containsExactlyInAnyOrder(IDS.get("public"), IDS.get("public2"), IDS.get("members"));

		JsonNode admin = api.json(api.get("/api/search?q=" + SHARED + "&f.type=newsletter&f.type=policy-brief",
				ADMIN, PASSWORD));
		assertThat(ids(admin)).containsExactlyInAnyOrder(IDS.get("members"), IDS.get("restricted"));
		// tagged filters: the type facet still counts the other values
		assertThat(facet(admin, "type")).containsEntry("report", 1).containsEntry("newsletter", 1);
	}

	@Test
	@Order(3)
	void suggestionsAreFilteredByAccessInTheCloudToo() {
		assertThat(suggestions(api.get("/api/suggest?q=" + encode("Przewodnik kwazarcz"))))
			.noneMatch(text -> text.contains("kwazarczłonkowski"));
		assertThat(suggestions(api.get("/api/suggest?q=" + encode("Przewodnik kwazarcz"), "maria", "password-of-maria")))
			.anyMatch(text -> text.contains("kwazarczłonkowski"));
		assertThat(suggestions(api.get("/api/suggest?q=" + encode("Przewodnik kwazarj"))))
			.anyMatch(text -> text.contains("kwazarjawny"));
	}

	@Test
	@Order(4)
	void didYouMeanAndRelatedDocumentsWorkDistributed() {
		JsonNode misspelt = search("/api/search?q=kwazarjawy");
		assertThat(misspelt.get("total").asLong()).isZero();
		assertThat(misspelt.get("didYouMean").asString()).isEqualTo("kwazarjawny");
		// a word only a restricted document has is never offered to anonymous readers
		JsonNode hidden = search("/api/search?q=kwazarzastrzeżon");
		assertThat(hidden.path("didYouMean").asString("")).doesNotContain("kwazarzastrzeżony");

		JsonNode related = api.json(api.get("/api/documents/" + IDS.get("public") + "/related"));
		List<String> relatedIds = new ArrayList<>();
		related.get("hits").forEach(hit -> relatedIds.add(hit.get("id").asString()));
		assertThat(relatedIds).contains(IDS.get("public2")).doesNotContain(IDS.get("members"), IDS.get("restricted"),
				IDS.get("public"));

		// the Atom feed of a search (public documents only, whoever asks)
		HttpResponse<String> feed = api.get("/feeds/search.atom?q=" + SHARED, ADMIN, PASSWORD);
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.body()).contains(IDS.get("public"), IDS.get("public2"))
			.doesNotContain(IDS.get("members"), IDS.get("restricted"));
	}

	@Test
	@Order(5)
	void withOneNodeDownSearchAndIngestGoOnAndTheNodeCatchesUpWhenBack() throws Exception {
		JettySolrRunner stopped = cluster.getJettySolrRunner(1);
		cluster.stopJettySolrRunner(stopped);
		cluster.waitForJettyToStop(stopped);
		try {
			assertThat(ids(search("/api/search?q=" + SHARED))).hasSize(2);
			// health: Solr answers through the alias, on the one node left
			JsonNode solrHealth = api.json(api.get("/actuator/health", ADMIN, PASSWORD)).get("components").get("solr");
			assertThat(solrHealth.get("status").asString()).isEqualTo("UP");
			assertThat(solrHealth.get("details").get("mode").asString()).isEqualTo("CLOUD");
			assertThat(solrHealth.get("details").get("liveNodes").asInt()).isEqualTo(1);
			assertThat(solrHealth.get("details").get("collection").asString()).startsWith(ALIAS + "_");
			IDS.put("whileDown", upload(api, "kwazarawaria", "PUBLIC", "report", "Fundacja Awaria"));
			IngestAwait.untilIdle(context, Duration.ofMinutes(2));
			assertThat(ids(search("/api/search?q=kwazarawaria"))).containsExactly(IDS.get("whileDown"));
		}
		finally {
			cluster.startJettySolrRunner(stopped);
		}
		String collection = collections.currentCollection().orElseThrow();
		cluster.waitForActiveCollection(collection, 60, TimeUnit.SECONDS, 2, 4);
		// every replica of the shard that holds the document has it, asked alone (distrib=false)
		DocCollection state = cluster.getZkStateReader().getClusterState().getCollection(collection);
		Slice shard = state.getRouter().getTargetSlice(IDS.get("whileDown"), null, null, null, state);
		assertThat(shard.getReplicas()).hasSize(2);
		for (Replica replica : shard.getReplicas()) {
			assertThat(countOnReplica(replica, IDS.get("whileDown"))).as(replica.getCoreUrl()).isEqualTo(1);
		}
	}

	@Test
	@Order(6)
	void aReindexSwapsTheAliasWhileSearchesGoOnWithoutOneFailure() throws Exception {
		String before = collections.currentCollection().orElseThrow();
		AtomicBoolean searching = new AtomicBoolean(true);
		AtomicInteger searches = new AtomicInteger();
		List<String> failures = new CopyOnWriteArrayList<>();
		Thread reader = new Thread(() -> {
			ApiClient client = new ApiClient(port);
			while (searching.get()) {
				HttpResponse<String> response = client.get("/api/search?q=" + SHARED);
				searches.incrementAndGet();
				if (response.statusCode() != 200) {
					failures.add(response.statusCode() + " " + response.body());
					continue;
				}
				// the two public documents: never fewer (a half-built index), whatever else appears
				List<String> found = ids(client.json(response));
				if (!found.containsAll(List.of(IDS.get("public"), IDS.get("public2")))) {
					failures.add("found " + found);
				}
			}
		}, "searching-during-reindex");
		reader.start();
		JobExecution execution;
		try {
			execution = context.getBean(ReindexLauncher.class).start().execution();
			execution = awaitEnd(execution.getId());
		}
		finally {
			searching.set(false);
			reader.join(30_000);
		}
		assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
			.isEqualTo(BatchStatus.COMPLETED);
		assertThat(failures).as("failed searches out of " + searches.get()).isEmpty();
		assertThat(searches.get()).isPositive();
		System.out.printf(java.util.Locale.ROOT, "searches during the reindex: %d, failed: %d%n", searches.get(),
				failures.size());

		String after = collections.currentCollection().orElseThrow();
		assertThat(after).isNotEqualTo(before).startsWith(ALIAS + "_");
		assertThat(collections.collections()).doesNotContain(before); // keep-collections=0
		// the new collection answers, with everything, including what was ingested during the run
		assertThat(DURING_REINDEX).hasSize(2).endsWith("COMPLETED");
		assertThat(ids(search("/api/search?q=kwazarpodczas"))).containsExactly(DURING_REINDEX.get(0));
		assertThat(ids(api.json(api.get("/api/search?q=" + SHARED, ADMIN, PASSWORD)))).hasSize(6);
		assertThat(solr.query(after, new SolrQuery("*:*").setRows(0)).getResults().getNumFound()).isEqualTo(6);
	}

	private JobExecution awaitEnd(long id) throws InterruptedException {
		JobRepository repository = context.getBean(JobRepository.class);
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (System.nanoTime() < deadline) {
			JobExecution execution = repository.getJobExecution(id);
			if (execution != null && !execution.isRunning() && execution.getEndTime() != null) {
				return execution;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("reindexJob did not end within 3 minutes");
	}

	private static long countOnReplica(Replica replica, String id) throws Exception {
		try (SolrClient core = new HttpJdkSolrClient.Builder(replica.getBaseUrl()).useHttp1_1(true).build()) {
			SolrQuery query = new SolrQuery(SolrFields.ID + ":" + id).setRows(0);
			query.set("distrib", false);
			return core.query(replica.getCoreName(), query).getResults().getNumFound();
		}
	}

	private JsonNode search(String path) {
		HttpResponse<String> response = api.get(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return api.json(response);
	}

	private static List<String> ids(JsonNode result) {
		List<String> ids = new ArrayList<>();
		result.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
		return ids;
	}

	private static Map<String, Integer> facet(JsonNode result, String name) {
		Map<String, Integer> counts = new java.util.LinkedHashMap<>();
		result.get("facets").get(name).forEach(value -> counts.put(value.get("value").asString(),
				value.get("count").asInt()));
		return counts;
	}

	private List<String> suggestions(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		List<String> texts = new ArrayList<>();
		api.json(response).get("suggestions").forEach(s -> texts.add(s.get("text").asString()));
		return texts;
	}
}
