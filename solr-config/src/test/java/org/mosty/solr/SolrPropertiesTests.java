package org.mosty.solr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class SolrPropertiesTests {

	@Configuration
	@EnableConfigurationProperties(SolrProperties.class)
	static class Config {
	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Config.class);

	@Test
	void defaultsToAnEmbeddedCoreNamedMosty() {
		runner.run(context -> {
			SolrProperties properties = context.getBean(SolrProperties.class);
			assertThat(properties.mode()).isEqualTo(SolrProperties.Mode.EMBEDDED);
			assertThat(properties.core()).isEqualTo("mosty");
			assertThat(properties.commitWithinMillis()).isEqualTo(1000);
		});
	}

	@Test
	void httpModeNeedsAnHttpUrl() {
		runner.withPropertyValues("mosty.solr.mode=http").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("mosty.solr.url");
		});
		runner.withPropertyValues("mosty.solr.mode=http", "mosty.solr.url=ftp://solr/x")
			.run(context -> assertThat(context).hasFailed());
		runner.withPropertyValues("mosty.solr.mode=http", "mosty.solr.url=http://localhost:8983/solr")
			.run(context -> assertThat(context).hasNotFailed());
	}

	@Test
	void aCoreNameCannotBeAPath() {
		runner.withPropertyValues("mosty.solr.core=../other").run(context -> assertThat(context).hasFailed());
	}

	@Test
	void cloudModeNeedsZooKeeperOrSolrUrlsButNotBoth() {
		runner.withPropertyValues("mosty.solr.mode=cloud").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("mosty.solr.cloud.zk-hosts");
		});
		runner.withPropertyValues("mosty.solr.mode=cloud", "mosty.solr.cloud.zk-hosts=zk1:2181,zk2:2181",
				"mosty.solr.cloud.zk-chroot=/solr", "mosty.solr.cloud.shards=2", "mosty.solr.cloud.replicas=2")
			.run(context -> {
				assertThat(context).hasNotFailed();
				SolrProperties.Cloud cloud = context.getBean(SolrProperties.class).cloud();
				assertThat(cloud.zkHosts()).containsExactly("zk1:2181", "zk2:2181");
				assertThat(cloud.zkChroot()).isEqualTo("/solr");
				assertThat(cloud.shards()).isEqualTo(2);
				assertThat(cloud.keepCollections()).isZero();
			});
		runner.withPropertyValues("mosty.solr.mode=cloud", "mosty.solr.cloud.solr-urls=http://solr1:8983/solr")
			.run(context -> assertThat(context).hasNotFailed());
		runner.withPropertyValues("mosty.solr.mode=cloud", "mosty.solr.cloud.solr-urls=http://solr1:8983/solr",
				"mosty.solr.cloud.zk-hosts=zk1:2181").run(context -> assertThat(context).hasFailed());
		runner.withPropertyValues("mosty.solr.mode=cloud", "mosty.solr.cloud.zk-hosts=zk1:2181",
				"mosty.solr.cloud.zk-chroot=solr").run(context -> assertThat(context).hasFailed());
		runner.withPropertyValues("mosty.solr.mode=cloud", "mosty.solr.cloud.zk-hosts=zk1:2181",
				"mosty.solr.cloud.shards=0").run(context -> assertThat(context).hasFailed());
	}
}
