package org.mosty.testing;

import java.time.Duration;

import org.apache.solr.client.solrj.SolrClient;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.ingest.IngestLauncher;
import org.springframework.context.ApplicationContext;

/** Runs the ingest job until nothing is PENDING, then commits so every document is searchable. */
public final class IngestAwait {

	private IngestAwait() {
	}

	public static void untilIdle(ApplicationContext context, Duration timeout) {
		IngestLauncher ingest = context.getBean(IngestLauncher.class);
		Catalogue catalogue = context.getBean(Catalogue.class);
		long deadline = System.nanoTime() + timeout.toNanos();
		while (catalogue.hasPending()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Documents still PENDING after " + timeout + ": " + catalogue.pendingIds());
			}
			ingest.runNow();
		}
		try {
			context.getBean(SolrClient.class).commit();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
