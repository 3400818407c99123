package org.mosty.solr.cloud;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.util.ContentStreamBase;
import org.mosty.solr.SolrProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collections behind Mosty's alias in SolrCloud. Every read and write of the application goes
 * to the alias ({@code mosty.solr.core}); a collection is named {@code <alias>_<UTC timestamp>}
 * and uses the configset named after its content ({@link ConfigsetArchive#name}). At start
 * ({@link #bootstrap}) the configset is uploaded if that name is missing and, when the alias does
 * not exist yet, a first collection is created behind it. A reindex builds a new collection
 * ({@link #createCollection}), {@linkplain #swapAlias swaps} the alias and
 * {@linkplain #deleteRetired deletes} the collections it no longer needs.
 */
public final class SolrCloudCollections {

	private static final Logger log = LoggerFactory.getLogger(SolrCloudCollections.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final CloudSolrClient client;

	private final String alias;

	private final SolrProperties.Cloud cloud;

	private final ConfigsetArchive configset;

	private final Clock clock;

	public SolrCloudCollections(CloudSolrClient client, SolrProperties properties, ConfigsetArchive configset,
			Clock clock) {
		this.client = client;
		this.alias = properties.core();
		this.cloud = properties.cloud();
		this.configset = configset;
		this.clock = clock;
	}

	/** The alias every request goes through. */
	public String alias() {
		return alias;
	}

	/** The configset this Mosty ships, uploaded if Solr does not have it yet; its name. */
	public String ensureConfigset() throws IOException, SolrServerException {
		String name = configset.name(alias);
		List<String> existing = new ConfigSetAdminRequest.List().process(client).getConfigSets();
		if (existing.contains(name)) {
			log.info("SolrCloud configset '{}' is there (same content as this Mosty's)", name);
			return name;
		}
		var upload = new ConfigSetAdminRequest.Upload();
		upload.setConfigSetName(name);
		upload.setUploadStream(new ContentStreamBase.ByteArrayStream(configset.zip(), name + ".zip",
				"application/zip"));
		try {
			upload.process(client);
		}
		catch (SolrServerException | IOException | RuntimeException ex) {
			// another Mosty instance starting at the same moment may have uploaded the same content
			if (new ConfigSetAdminRequest.List().process(client).getConfigSets().contains(name)) {
				log.info("SolrCloud configset '{}' was uploaded by another instance meanwhile", name);
				return name;
			}
			throw ex;
		}
		log.info("SolrCloud configset '{}' uploaded ({} files)", name, configset.files().size());
		return name;
	}

	/**
	 * At start: the configset is there and the alias points to a collection (a new one when the
	 * alias did not exist). A live collection on an older configset is kept (its index was built
	 * with it) and reported: {@code reindexJob} moves it to this Mosty's configset.
	 */
	public void bootstrap() throws IOException, SolrServerException {
		String config = ensureConfigset();
		Optional<String> current = currentCollection();
		if (current.isEmpty()) {
			if (collections().contains(alias)) {
				throw new IllegalStateException("SolrCloud has a collection named '" + alias
						+ "' but Mosty needs that name for its alias; rename the collection or choose another "
						+ "mosty.solr.core");
			}
			String created = createCollection(config);
			swapAlias(created);
			return;
		}
		String used = configName(current.get());
		if (!config.equals(used)) {
			log.warn("SolrCloud collection '{}' behind alias '{}' uses configset '{}', this Mosty ships '{}': "
					+ "run reindexJob to rebuild the index into a collection on the new configset", current.get(),
					alias, used, config);
		}
		else {
			log.info("SolrCloud alias '{}' → collection '{}' (configset '{}')", alias, current.get(), used);
		}
	}

	/** The collection the alias points to now, if the alias exists. */
	public Optional<String> currentCollection() throws IOException, SolrServerException {
		Map<String, String> aliases = new CollectionAdminRequest.ListAliases().process(client).getAliases();
		String target = aliases.get(alias);
		if (target == null || target.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(target.split(",")[0].trim());
	}

	/** The configset a collection was created with. */
	public String configName(String collection) throws IOException {
		DocCollection state = client.getClusterStateProvider().getCollection(collection);
		return state == null ? null : state.getConfigName();
	}

	/** Creates a new, empty collection on this Mosty's configset with the configured shards and replicas. */
	public String createCollection() throws IOException, SolrServerException {
		return createCollection(ensureConfigset());
	}

	private String createCollection(String config) throws IOException, SolrServerException {
		String name = alias + "_" + STAMP.format(clock.instant());
		var create = CollectionAdminRequest.createCollection(name, config, cloud.shards(), cloud.replicas());
		create.setWaitForFinalState(true); // returns once every replica is active
		CollectionAdminResponse response = create.process(client);
		if (!response.isSuccess()) {
			throw new IllegalStateException("SolrCloud did not create collection '" + name + "': "
					+ response.getErrorMessages());
		}
		log.info("SolrCloud collection '{}' created: {} shards × {} replicas, configset '{}'", name, cloud.shards(),
				cloud.replicas(), config);
		return name;
	}

	/**
	 * Points the alias at {@code collection} and waits until this client routes the alias there,
	 * so a collection deleted afterwards is no longer asked.
	 */
	public void swapAlias(String collection) throws IOException, SolrServerException {
		CollectionAdminRequest.createAlias(alias, collection).process(client);
		long deadline = System.nanoTime() + cloud.timeout().toNanos();
		while (!List.of(collection).equals(client.getClusterStateProvider().resolveAlias(alias))) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("SolrCloud alias '" + alias + "' did not move to '" + collection
						+ "' within " + cloud.timeout());
			}
			pause(Duration.ofMillis(100));
		}
		log.info("SolrCloud alias '{}' → collection '{}'", alias, collection);
	}

	/**
	 * Deletes this alias's collections that it does not point to, except {@code keep} of them: what
	 * earlier reindexes left. The collection the alias pointed to before the swap ({@code previous})
	 * is the first kept, the others from the newest: a collection a failed reindex left half-built
	 * is newer than the last good one, yet never kept in its place. Returns the deleted names.
	 */
	public List<String> deleteRetired(int keep, String previous) throws IOException, SolrServerException {
		String current = currentCollection().orElse(null);
		List<String> deleted = new ArrayList<>();
		for (String name : toDelete(collections(), current, previous, keep)) {
			CollectionAdminRequest.deleteCollection(name).process(client);
			deleted.add(name);
			log.info("SolrCloud collection '{}' deleted (alias '{}' points to '{}')", name, alias, current);
		}
		return deleted;
	}

	/** Of the given collections, this alias's that {@link #deleteRetired} deletes. */
	List<String> toDelete(List<String> names, String current, String previous, int keep) {
		Pattern ours = Pattern.compile(Pattern.quote(alias) + "_[0-9]{17}");
		List<String> retired = names.stream()
			.filter(name -> ours.matcher(name).matches() && !name.equals(current))
			.sorted(Comparator.comparing((String name) -> !name.equals(previous))
				.thenComparing(Comparator.reverseOrder()))
			.toList();
		return retired.subList(Math.min(keep, retired.size()), retired.size());
	}

	/** Every collection in the cluster. */
	public List<String> collections() throws IOException, SolrServerException {
		return CollectionAdminRequest.listCollections(client);
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for SolrCloud", ex);
		}
	}
}
