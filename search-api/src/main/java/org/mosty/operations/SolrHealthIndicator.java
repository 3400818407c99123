package org.mosty.operations;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.mosty.solr.SolrProperties;
import org.mosty.solr.cloud.SolrCloudCollections;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code solr} in {@code /actuator/health}: UP when the index answers a count query, in every
 * mode (embedded core, standalone Solr, SolrCloud alias), DOWN when it does not. Details (for
 * admins only): the mode, the number of documents, and in cloud mode the collection behind the
 * alias and the live nodes.
 */
@Component
class SolrHealthIndicator extends AbstractHealthIndicator {

	private final SolrClient solr;

	private final SolrProperties properties;

	private final ObjectProvider<SolrCloudCollections> cloud;

	SolrHealthIndicator(SolrClient solr, SolrProperties properties, ObjectProvider<SolrCloudCollections> cloud) {
		super("Solr health check failed");
		this.solr = solr;
		this.properties = properties;
		this.cloud = cloud;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		long documents = solr.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
		builder.up()
			.withDetail("mode", properties.mode().name())
			.withDetail("index", properties.core())
			.withDetail("documents", documents);
		SolrCloudCollections collections = cloud.getIfAvailable();
		if (collections != null && solr instanceof CloudSolrClient client) {
			builder.withDetail("collection", collections.currentCollection().orElse("none"))
				.withDetail("liveNodes", client.getClusterStateProvider().getLiveNodes().size());
		}
	}
}
