package org.mosty.solr;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.mosty.config.MostyProperties;
import org.mosty.solr.internal.EmbeddedSolr;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link SolrClient} of the application, for the configured {@link SolrProperties.Mode}.
 * Spring Boot has no Solr auto-configuration any more, so Mosty owns this bean.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SolrProperties.class, MostyProperties.class })
public class SolrClientConfiguration {

	@Bean(destroyMethod = "close")
	public SolrClient solrClient(SolrProperties solr, MostyProperties mosty) throws IOException {
		return switch (solr.mode()) {
			case EMBEDDED -> EmbeddedSolr.start(mosty.dataPath().resolve("solr"), solr.core());
			// HTTP/1.1: with HTTP/2 upgrade attempts Solr logs empty-body /update errors
			// bounded waits: a Solr that went away must fail a write (which is retried), never hang it
			case HTTP -> new HttpJdkSolrClient.Builder(solr.url().toString())
				.useHttp1_1(true)
				.withConnectionTimeout(5, TimeUnit.SECONDS)
				.withIdleTimeout(30, TimeUnit.SECONDS)
				.withRequestTimeout(30, TimeUnit.SECONDS)
				.withDefaultCollection(solr.core())
				.build();
		};
	}
}
