package org.mosty.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.common.util.NamedList;
import org.mosty.solr.SolrProperties;
import org.springframework.stereotype.Component;

/**
 * The index, read from Solr when metrics are scraped (NaN while Solr does not answer):
 * {@code mosty.index.documents}, the documents in the index (the alias in cloud mode, all shards),
 * and, for the single core of the embedded and http modes, {@code mosty.index.bytes}, its size on
 * disk (core admin status). In cloud mode the size is left to Solr's own metrics
 * ({@code /solr/admin/metrics}), which see every replica.
 */
@Component
class IndexMetrics implements MeterBinder {

	private final SolrClient solr;

	private final SolrProperties properties;

	IndexMetrics(SolrClient solr, SolrProperties properties) {
		this.solr = solr;
		this.properties = properties;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("mosty.index.documents", this, IndexMetrics::documents)
			.description("Documents in the Solr index")
			.register(registry);
		if (properties.mode() != SolrProperties.Mode.CLOUD) {
			Gauge.builder("mosty.index.bytes", this, IndexMetrics::bytes)
				.description("Size of the Solr core's index on disk")
				.baseUnit("bytes")
				.register(registry);
		}
	}

	private double documents() {
		try {
			return solr.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
		}
		catch (Exception ex) {
			return Double.NaN;
		}
	}

	private double bytes() {
		try {
			NamedList<Object> status = CoreAdminRequest.getStatus(properties.core(), solr)
				.getCoreStatus(properties.core());
			Object size = status == null ? null : status.findRecursive("index", "sizeInBytes");
			return size instanceof Number number ? number.doubleValue() : Double.NaN;
		}
		catch (Exception ex) {
			return Double.NaN;
		}
	}
}
