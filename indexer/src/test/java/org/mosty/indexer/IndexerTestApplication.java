package org.mosty.indexer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The indexer and solr-config modules alone, as a Spring Boot application for tests. */
@SpringBootApplication(scanBasePackages = "org.mosty")
@ConfigurationPropertiesScan("org.mosty")
public class IndexerTestApplication {

	/** Run as its own process by tests that kill it ({@code kill -9}) in the middle of a run. */
	public static void main(String[] args) {
		SpringApplication.run(IndexerTestApplication.class, args);
	}
}
