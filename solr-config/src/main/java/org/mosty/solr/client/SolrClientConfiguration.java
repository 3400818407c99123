package org.mosty.solr.client;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.HttpSolrClient;
import org.mosty.config.MostyProperties;
import org.mosty.solr.SolrProperties;
import org.mosty.solr.cloud.ConfigsetArchive;
import org.mosty.solr.cloud.SolrCloudCollections;
import org.mosty.solr.internal.EmbeddedSolr;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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
			case HTTP -> httpClient(solr);
			case CLOUD -> cloudClient(solr);
		};
	}

	/**
	 * A standalone Solr over HTTP through SolrJ's {@code HttpSolrClient} (Apache HttpClient 4,
	 * blocking I/O on the calling thread, pooled keep-alive connections). Chosen by measurement
	 * (issue 9, docs/benchmarks.md): on the search API's hot path it takes about 0.7 ms of CPU per
	 * search, against 1.2 ms for SolrJ's Jetty client and 1.6 ms for its JDK client, whose
	 * asynchronous I/O hands every response between threads. SolrJ 9 marks it deprecated (SolrJ 10
	 * drops it): moving to Solr 10 means choosing again. Bounded waits: 5 s to connect and 30 s of
	 * silence on a connection, so a Solr that went away fails a write (which is retried), never
	 * hangs it.
	 */
	@SuppressWarnings("deprecation")
	private static SolrClient httpClient(SolrProperties solr) {
		return new HttpSolrClient.Builder(solr.url().toString()).withConnectionTimeout(5, TimeUnit.SECONDS)
			.withSocketTimeout(30, TimeUnit.SECONDS)
			.withDefaultCollection(solr.core())
			.build();
	}

	/** In cloud mode: the collections behind the alias (the reindex job swaps them). */
	@Bean
	@ConditionalOnProperty(name = "mosty.solr.mode", havingValue = "cloud")
	public SolrCloudCollections solrCloudCollections(SolrClient solrClient, SolrProperties solr) {
		return new SolrCloudCollections((CloudSolrClient) solrClient, solr, ConfigsetArchive.fromClassPath(),
				Clock.systemUTC());
	}

	/**
	 * A cluster-aware client whose default collection is the alias: every read and write of the
	 * application goes through it. Before it is handed out the configset is uploaded (if Solr does
	 * not have this content yet) and the alias created with a first collection if it is missing.
	 */
	private static SolrClient cloudClient(SolrProperties solr) throws IOException {
		SolrProperties.Cloud cloud = solr.cloud();
		CloudSolrClient.Builder builder = cloud.zkHosts().isEmpty()
				? new CloudSolrClient.Builder(cloud.solrUrls().stream().map(Object::toString).toList())
				: new CloudSolrClient.Builder(cloud.zkHosts(),
						Optional.ofNullable(cloud.zkChroot().isEmpty() ? null : cloud.zkChroot()));
		CloudSolrClient client = builder.withDefaultCollection(solr.core())
			.withZkConnectTimeout(15, TimeUnit.SECONDS)
			.withZkClientTimeout(30, TimeUnit.SECONDS)
			.build();
		try {
			client.connect(cloud.timeout().toSeconds(), TimeUnit.SECONDS);
			new SolrCloudCollections(client, solr, ConfigsetArchive.fromClassPath(), Clock.systemUTC()).bootstrap();
			return client;
		}
		catch (IOException | SolrServerException | RuntimeException | InterruptedException
				| java.util.concurrent.TimeoutException ex) {
			client.close();
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			throw new IllegalStateException("SolrCloud is not ready for Mosty: " + ex.getMessage(), ex);
		}
	}
}
