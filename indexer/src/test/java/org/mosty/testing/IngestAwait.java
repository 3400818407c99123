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

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static void untilIdle(ApplicationContext context, Duration timeout) {
		IngestLauncher ingest = context.getBean(IngestLauncher.class);
		Catalogue catalogue = context.getBean(Catalogue.class);
		long deadline = System.nanoTime() + timeout.toNanos();
		while (catalogue.hasPending()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Documents still PENDING after " + timeout + ": " + catalogue.pendingIds());
			}
			if (ingest.runNow() == null) {
				pause(); // what is left is claimed by another worker (issue 7): wait for it
			}
		}
		try {
			context.getBean(SolrClient.class).commit();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
