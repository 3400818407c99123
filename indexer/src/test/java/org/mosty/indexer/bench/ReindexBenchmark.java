package org.mosty.indexer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.mosty.indexer.catalogue.EditorialRecords;
import org.mosty.indexer.editorial.StoredTextIndexer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reindex benchmark: Mosty's {@code reindexJob} (catalogue and kept text → Solr documents →
 * upserts into the live core, then the stale-document sweep) against raw SolrJ adding the same
 * documents — the {@code SolrInputDocument}s Mosty's own factory builds for each catalogue entry,
 * built before the clock runs — in batches of {@value #RAW_BATCH} with one commit at the end.
 * Both sides do the same work in Solr: they upsert every document into the same live core (which
 * holds them all), through the same SolrJ client (the application's). They take turns,
 * {@value #ROUNDS} rounds of raw SolrJ then reindexJob; the first round warms Solr, the client and
 * both code paths, the last is the result.
 */
final class ReindexBenchmark {

	static final int RAW_BATCH = 500;

	static final int ROUNDS = 3;

	private ReindexBenchmark() {
	}

	static ResultLine run(BenchData data) throws Exception {
		try (BenchSolr solr = BenchSolr.start(data.solrHome(), List.of("mosty"), List.of());
				ConfigurableApplicationContext context = BenchContext.start(data.dataDir(), solr.baseUrl())) {
			List<String> ids = context.getBean(EditorialRecords.class).indexableIds();
			StoredTextIndexer indexer = context.getBean(StoredTextIndexer.class);
			SolrClient client = context.getBean(SolrClient.class);
			System.out.printf(Locale.ROOT, "Reindex: %,d catalogue documents, %d rounds%n", ids.size(), ROUNDS);
			// the language models load in the background after start; a reindex long after start does not
			// compete with that, so neither side is timed before it is over
			BenchContext.awaitLanguageWarmUp();
			double mosty = 0;
			double solrj = 0;
			for (int round = 1; round <= ROUNDS; round++) {
				List<List<SolrInputDocument>> batches = batches(indexer, ids);
				Map<String, Double> before = ThreadCpu.byKind(ProcessHandle.current().pid());
				solrj = ids.size() / rawAdds(client, batches);
				Map<String, Double> between = ThreadCpu.byKind(ProcessHandle.current().pid());
				long started = System.nanoTime();
				BenchContext.reindex(context);
				mosty = ids.size() / BenchData.seconds(started);
				Map<String, Double> after = ThreadCpu.byKind(ProcessHandle.current().pid());
				System.out.printf(Locale.ROOT,
						"  round %d: raw SolrJ %8.1f docs/s (batches of %d, one commit); reindexJob %8.1f docs/s%n", round,
						solrj, RAW_BATCH, mosty);
				System.out.println("    CPU ms per document, raw SolrJ: " + ThreadCpu.perUnit(before, between, ids.size(), 5));
				System.out.println("    CPU ms per document, reindexJob: " + ThreadCpu.perUnit(between, after, ids.size(), 5));
			}
			return new ResultLine("reindex").add("docs_per_s", mosty, 1)
				.add("solrj_docs_per_s", solrj, 1)
				.add("ratio_vs_solrj", mosty / solrj, 2)
				.add("docs", ids.size());
		}
	}

	/** Mosty's Solr documents for the catalogue, in batches: made before raw SolrJ's clock runs. */
	static List<List<SolrInputDocument>> batches(StoredTextIndexer indexer, List<String> ids) {
		List<List<SolrInputDocument>> batches = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += RAW_BATCH) {
			List<SolrInputDocument> batch = new ArrayList<>(RAW_BATCH);
			for (String id : ids.subList(from, Math.min(ids.size(), from + RAW_BATCH))) {
				indexer.solrDocument(id).ifPresent(batch::add);
			}
			batches.add(batch);
		}
		return batches;
	}

	/** Adds the batches and commits once; the seconds it took. */
	static double rawAdds(SolrClient client, List<List<SolrInputDocument>> batches) throws Exception {
		long started = System.nanoTime();
		for (List<SolrInputDocument> batch : batches) {
			client.add(batch);
		}
		client.commit();
		return BenchData.seconds(started);
	}
}
