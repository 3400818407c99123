package org.mosty.solr;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How Mosty reaches Solr.
 *
 * @param mode {@code embedded} (a core inside this JVM, under the data folder), {@code http}
 *     (a standalone Solr 9 with the Mosty configset) or {@code cloud} (SolrCloud: a collection
 *     behind an alias)
 * @param url the Solr base URL for {@code http}, for example {@code http://localhost:8983/solr}
 * @param core the core name; in cloud mode the name of the alias every read and write goes through
 * @param commitWithin how soon an indexed document must become searchable
 * @param cloud the SolrCloud settings, used when {@code mode=cloud}
 */
@Validated
@ConfigurationProperties("mosty.solr")
public record SolrProperties(
		@NotNull @DefaultValue("embedded") Mode mode,
		URI url,
		@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") @DefaultValue("mosty") String core,
		@NotNull @DefaultValue("1s") Duration commitWithin,
		@Valid @NotNull @DefaultValue Cloud cloud) {

	@ConstructorBinding
	public SolrProperties {
	}

	/** Embedded or HTTP settings, with the cloud defaults. */
	public SolrProperties(Mode mode, URI url, String core, Duration commitWithin) {
		this(mode, url, core, commitWithin, Cloud.defaults());
	}

	/** Where the index lives. */
	public enum Mode {
		EMBEDDED, HTTP, CLOUD
	}

	/**
	 * SolrCloud settings ({@code mosty.solr.cloud.*}).
	 *
	 * @param zkHosts ZooKeeper {@code host:port} list; or leave empty and give {@code solrUrls}
	 * @param zkChroot the ZooKeeper chroot Solr runs under, for example {@code /solr}; empty for none
	 * @param solrUrls Solr node base URLs, for a client that reads the cluster state over HTTP instead of ZooKeeper
	 * @param shards shards of a collection Mosty creates
	 * @param replicas replicas of each shard (NRT) of a collection Mosty creates
	 * @param keepCollections older collections a reindex keeps after swapping the alias (0: delete the previous one)
	 * @param timeout how long to wait for cluster operations (collection creation, alias swap)
	 * @param catchUpDelay how long a reindex waits after swapping the alias before it writes again
	 *     what changed in the catalogue while it ran: longer than another worker needs between its
	 *     Solr write (to the old collection) and its catalogue commit
	 */
	public record Cloud(
			List<@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]+(:[0-9]{1,5})?") String> zkHosts,
			@Pattern(regexp = "(/[A-Za-z0-9._-]+)*") String zkChroot,
			List<@NotNull URI> solrUrls,
			@Min(1) @Max(64) @DefaultValue("1") int shards,
			@Min(1) @Max(16) @DefaultValue("1") int replicas,
			@Min(0) @Max(10) @DefaultValue("0") int keepCollections,
			@NotNull @DefaultValue("60s") Duration timeout,
			@NotNull @DefaultValue("5s") Duration catchUpDelay) {

		public Cloud {
			zkHosts = zkHosts == null ? List.of() : List.copyOf(zkHosts);
			solrUrls = solrUrls == null ? List.of() : List.copyOf(solrUrls);
			zkChroot = zkChroot == null ? "" : zkChroot;
		}

		static Cloud defaults() {
			return new Cloud(List.of(), "", List.of(), 1, 1, 0, Duration.ofSeconds(60), Duration.ofSeconds(5));
		}
	}

	@AssertTrue(message = "mosty.solr.url must be an http(s) URL when mosty.solr.mode=http")
	public boolean isUrlValidForMode() {
		if (mode != Mode.HTTP) {
			return true;
		}
		return isHttpUrl(url);
	}

	@AssertTrue(message = "mosty.solr.cloud.zk-hosts or mosty.solr.cloud.solr-urls (http(s) URLs) must be set "
			+ "when mosty.solr.mode=cloud, not both")
	public boolean isCloudClusterGiven() {
		if (mode != Mode.CLOUD) {
			return true;
		}
		boolean zk = !cloud.zkHosts().isEmpty();
		boolean urls = !cloud.solrUrls().isEmpty() && cloud.solrUrls().stream().allMatch(SolrProperties::isHttpUrl);
		return zk != urls;
	}

	private static boolean isHttpUrl(URI url) {
		return url != null && url.getHost() != null
				&& ("http".equals(url.getScheme()) || "https".equals(url.getScheme()));
	}

	/** {@link #commitWithin} in whole milliseconds, as SolrJ wants it. */
	public int commitWithinMillis() {
		return (int) Math.min(Integer.MAX_VALUE, commitWithin.toMillis());
	}
}
