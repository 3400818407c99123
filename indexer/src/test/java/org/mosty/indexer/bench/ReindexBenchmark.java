package org.mosty.indexer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.mosty.indexer.editorial.EditorialRecords;
import org.mosty.indexer.editorial.StoredTextIndexer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reindex benchmark: Mosty's {@code reindexJob} (catalogue and kept text → Solr documents →
 * upserts into the live core, then the stale-document sweep) against raw SolrJ adding the same
 * documents — the {@code SolrInputDocument}s Mosty's own factory builds for each catalogue entry,
 * built before the clock runs — in batches of {@value #RAW_BATCH} into a fresh core of the same
 * Solr server, with one commit at the end. Both write over HTTP to the same Solr, one after the
 * other in one run.
 */
final class ReindexBenchmark {

	static final int RAW_BATCH = 500;

	private ReindexBenchmark() {
	}

	static ResultLine run(BenchData data) throws Exception {
		try (BenchSolr solr = BenchSolr.start(data.solrHome(), List.of("mosty", "solrj"), List.of("solrj"));
				ConfigurableApplicationContext context = BenchContext.start(data.dataDir(), solr.baseUrl())) {
			List<String> ids = context.getBean(EditorialRecords.class).indexableIds();
			StoredTextIndexer indexer = context.getBean(StoredTextIndexer.class);
			System.out.printf(Locale.ROOT, "Reindex: %,d catalogue documents%n", ids.size());

			long started = System.nanoTime();
			BenchContext.reindex(context);
			double mostySeconds = BenchData.seconds(started);
			double mosty = ids.size() / mostySeconds;
			System.out.printf(Locale.ROOT, "  reindexJob:  %,d docs in %6.1f s: %8.1f docs/s%n", ids.size(),
					mostySeconds, mosty);

			long addNanos = 0;
			try (SolrClient raw = new HttpJdkSolrClient.Builder(solr.baseUrl()).useHttp1_1(true)
				.withConnectionTimeout(5, TimeUnit.SECONDS)
				.withRequestTimeout(120, TimeUnit.SECONDS)
				.withDefaultCollection("solrj")
				.build()) {
				for (int from = 0; from < ids.size(); from += RAW_BATCH) {
					List<SolrInputDocument> batch = new ArrayList<>(RAW_BATCH);
					for (String id : ids.subList(from, Math.min(ids.size(), from + RAW_BATCH))) {
						indexer.solrDocument(id).ifPresent(batch::add);
					}
					long add = System.nanoTime();
					raw.add(batch);
					addNanos += System.nanoTime() - add;
				}
				long commit = System.nanoTime();
				raw.commit();
				addNanos += System.nanoTime() - commit;
			}
			double rawSeconds = addNanos / 1e9;
			double solrj = ids.size() / rawSeconds;
			System.out.printf(Locale.ROOT, "  raw SolrJ:   %,d docs in %6.1f s: %8.1f docs/s (batches of %d, one commit)%n",
					ids.size(), rawSeconds, solrj, RAW_BATCH);
			return new ResultLine("reindex").add("docs_per_s", mosty, 1)
				.add("solrj_docs_per_s", solrj, 1)
				.add("ratio_vs_solrj", mosty / solrj, 2)
				.add("docs", ids.size());
		}
	}
}
