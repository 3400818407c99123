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
}
