package org.mosty.indexer;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The indexer and solr-config modules alone, as a Spring Boot application for tests. */
@SpringBootApplication(scanBasePackages = "org.mosty")
@ConfigurationPropertiesScan("org.mosty")
public class IndexerTestApplication {
}
