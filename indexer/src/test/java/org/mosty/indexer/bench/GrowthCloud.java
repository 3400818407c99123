package org.mosty.indexer.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.response.RequestStatusState;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.embedded.JettySolrRunner;
import org.springframework.util.FileSystemUtils;

/**
 * The growth benchmark's "when to move" comparison (issue 21): the same data set's index on a
 * two-shard SolrCloud ({@link MiniSolrCloudCluster}: two Solr nodes and ZooKeeper in this JVM, on
 * the same two cores) against the single core, with the same query mix from the same connections.
 * <p>
 * Filling a collection through Mosty's cloud-mode {@code reindexJob} would take over an hour at a
 * million documents here, so the collection is made from the single core's finished index: a
 * one-shard collection on Mosty's configset, the core's index merged into it
 * ({@code MERGEINDEXES}), the shard split in two by Solr ({@code SPLITSHARD}, which rewrites each
 * half by the document router's hash ranges, as if the documents had been routed there), the parent
 * shard deleted, and one half moved to the second node. Mosty then runs in {@code cloud} mode
 * against the alias; the documents and the configset are the same as the single core's.
 */
final class GrowthCloud {

	static final String ALIAS = "mosty";

	static final String COLLECTION = "mosty_growth";

	private GrowthCloud() {
	}

	/** Latencies and throughput of the cloud side, as {@link SearchBenchmark.Load}. */
	static SearchBenchmark.Load measure(BenchData data, Path queries, GrowthBenchmark.Settings settings) throws Exception {
		Path clusterDir = data.dataDir().resolveSibling(data.dataDir().getFileName() + "-cloud");
		FileSystemUtils.deleteRecursively(clusterDir);
		Files.createDirectories(clusterDir);
		System.setProperty("solr.allowPaths", "*");
		MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, clusterDir)
			.withJettyConfig(jetty -> jetty.withFilter(SolrRequestCapture.class, "/*"))
			.build();
		try {
			long started = System.nanoTime();
			build(cluster, data.solrHome().resolve("mosty").resolve("data").resolve("index"));
			System.out.printf(Locale.ROOT, "  cloud: %s built from the single core's index in %.0f s: %s%n", COLLECTION,
					BenchData.seconds(started), layout(cluster));
			return searches(cluster, data, queries, settings);
		}
		finally {
			cluster.shutdown();
			FileSystemUtils.deleteRecursively(clusterDir);
		}
	}

	private static void build(MiniSolrCloudCluster cluster, Path index) throws Exception {
		CloudSolrClient client = cluster.getSolrClient();
		cluster.uploadConfigSet(BenchSolr.CONFIGSET, "mosty-growth");
		JettySolrRunner first = cluster.getJettySolrRunner(0);
		JettySolrRunner second = cluster.getJettySolrRunner(1);
		CollectionAdminRequest.createCollection(COLLECTION, "mosty-growth", 1, 1)
			.setCreateNodeSet(first.getNodeName())
			.process(client);
		cluster.waitForActiveCollection(COLLECTION, 1, 1);
		Replica parent = collection(cluster).getSlice("shard1").getReplicas().iterator().next();
		try (SolrClient node = nodeClient(first)) {
			CoreAdminRequest.mergeIndexes(parent.getCoreName(), new String[] { index.toAbsolutePath().toString() },
					new String[0], node);
		}
		client.commit(COLLECTION);
		long before = count(client);
		System.out.printf(Locale.ROOT, "  cloud: %,d documents merged into one shard%n", before);
		async(client, CollectionAdminRequest.splitShard(COLLECTION).setShardName("shard1"), Duration.ofMinutes(60));
		CollectionAdminRequest.deleteShard(COLLECTION, "shard1").process(client);
		Slice moving = collection(cluster).getSlice("shard1_1");
		Replica replica = moving.getReplicas().iterator().next();
		async(client, CollectionAdminRequest.moveReplica(COLLECTION, replica.getName(), second.getNodeName()),
				Duration.ofMinutes(30));
		CollectionAdminRequest.createAlias(ALIAS, COLLECTION).process(client);
		client.commit(COLLECTION);
		long after = count(client);
		if (after != before) {
			throw new IllegalStateException("the split collection holds " + after + " documents, the core " + before);
		}
	}

	private static SearchBenchmark.Load searches(MiniSolrCloudCluster cluster, BenchData data, Path queries,
			GrowthBenchmark.Settings settings) throws Exception {
		List<QueryMix.Request> mix = QueryMix.fromJudgements(queries);
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String zk = cluster.getZkServer().getZkAddress();
		int slash = zk.indexOf('/');
		try (MostyProcess mosty = MostyProcess.start(data.dataDir(), data.dataDir().resolve("growth-cloud-mosty.log"),
				MostyProcess.jvmOptionsFromProperty(), "--mosty.solr.mode=cloud", "--mosty.solr.core=" + ALIAS,
				"--mosty.solr.cloud.zk-hosts=" + (slash < 0 ? zk : zk.substring(0, slash)),
				"--mosty.solr.cloud.zk-chroot=" + (slash < 0 ? "" : zk.substring(slash)), "--mosty.ingest.poll-interval=0s")) {
			mosty.awaitFirstSearch(http, mix.get(0).path(), Duration.ofMinutes(10));
			List<SearchBenchmark.Pair> pairs = SearchBenchmark.capture(http, mosty, (URI) null, mix);
			SearchBenchmark.load(http, pairs, settings.warmUpRounds(), 1, settings.connections());
			SearchBenchmark.Load measured = SearchBenchmark.load(http, pairs, settings.rounds(), 2, settings.connections());
			System.out.printf(Locale.ROOT, "  cloud (2 shards on 2 nodes, %d connections):%n", settings.connections());
			SearchBenchmark.print(measured);
			return measured;
		}
	}

	private static String layout(MiniSolrCloudCluster cluster) {
		StringBuilder layout = new StringBuilder();
		for (Slice slice : collection(cluster).getActiveSlices()) {
			for (Replica replica : slice.getReplicas()) {
				layout.append(slice.getName()).append(" on ").append(replica.getNodeName()).append("; ");
			}
		}
		return layout.toString().strip();
	}

	private static DocCollection collection(MiniSolrCloudCluster cluster) {
		return cluster.getSolrClient().getClusterState().getCollection(COLLECTION);
	}

	private static long count(CloudSolrClient client) throws Exception {
		return client.query(COLLECTION, new org.apache.solr.client.solrj.SolrQuery("*:*").setRows(0))
			.getResults()
			.getNumFound();
	}

	private static SolrClient nodeClient(JettySolrRunner node) {
		return new HttpJdkSolrClient.Builder(node.getBaseUrl().toString()).useHttp1_1(true)
			.withConnectionTimeout(5, TimeUnit.SECONDS)
			.withRequestTimeout(60, TimeUnit.MINUTES)
			.build();
	}

	/** Runs a collection command asynchronously and waits for it (a split takes minutes). */
	private static void async(CloudSolrClient client, CollectionAdminRequest.AsyncCollectionAdminRequest request,
			Duration timeout) throws Exception {
		String id = request.processAsync(client);
		RequestStatusState state = CollectionAdminRequest.requestStatus(id)
			.waitFor(client, timeout.toSeconds());
		if (state != RequestStatusState.COMPLETED) {
			throw new IllegalStateException(request.getClass().getSimpleName() + " ended " + state);
		}
	}
}
