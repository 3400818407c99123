package org.mosty.solr.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mosty.solr.SolrProperties;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** Which collections a reindex deletes after swapping the alias (the cluster itself: SolrCloudIntegrationTests). */
class RetiredCollectionsTests {

	static final String OLDEST = "mosty_20261101120000000";

	static final String PREVIOUS = "mosty_20261120120000000";

	static final String HALF_BUILT = "mosty_20261201120000000";

	static final String CURRENT = "mosty_20261204120000000";

	static final List<String> CLUSTER = List.of(OLDEST, PREVIOUS, HALF_BUILT, CURRENT, "other_20261101120000000",
			"mosty-archive");

	@Configuration
	@EnableConfigurationProperties(SolrProperties.class)
	static class Config {
	}

	@Test
	void theCollectionServedBeforeTheSwapIsKeptBeforeANewerHalfBuiltOne() {
		collections(collections -> {
			assertThat(collections.toDelete(CLUSTER, CURRENT, PREVIOUS, 1)).containsExactlyInAnyOrder(HALF_BUILT,
					OLDEST);
			assertThat(collections.toDelete(CLUSTER, CURRENT, PREVIOUS, 2)).containsExactly(OLDEST);
		});
	}

	@Test
	void withNothingKeptEveryRetiredCollectionOfTheAliasGoesAndNothingElse() {
		collections(collections -> assertThat(collections.toDelete(CLUSTER, CURRENT, PREVIOUS, 0))
			.containsExactlyInAnyOrder(OLDEST, PREVIOUS, HALF_BUILT));
	}

	private static void collections(java.util.function.Consumer<SolrCloudCollections> check) {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
			.withUserConfiguration(Config.class)
			.withPropertyValues("mosty.solr.mode=cloud", "mosty.solr.cloud.zk-hosts=localhost:2181")
			.run(context -> check.accept(new SolrCloudCollections(null, context.getBean(SolrProperties.class),
					ConfigsetArchive.fromClassPath(), Clock.systemUTC())));
	}
}
