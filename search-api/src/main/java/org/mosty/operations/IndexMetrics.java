package org.mosty.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.springframework.stereotype.Component;

/**
 * {@code mosty.index.documents}: the documents in the index (the alias in cloud mode, all shards),
 * read from Solr when metrics are scraped; NaN while Solr does not answer. The index size in bytes
 * is left to Solr's own metrics ({@code /solr/admin/metrics}, per core), which see every replica.
 */
@Component
class IndexMetrics implements MeterBinder {

	private final SolrClient solr;

	IndexMetrics(SolrClient solr) {
		this.solr = solr;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("mosty.index.documents", this, IndexMetrics::documents)
			.description("Documents in the Solr index")
			.register(registry);
	}

	private double documents() {
		try {
			return solr.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
		}
		catch (Exception ex) {
			return Double.NaN;
		}
	}
}
