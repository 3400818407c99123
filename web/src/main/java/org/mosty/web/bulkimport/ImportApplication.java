package org.mosty.web.bulkimport;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;

/**
 * The indexer alone (catalogue, file store, extraction, jobs, Solr), without web server or API,
 * for {@code import}. Deliberately not a {@code @Configuration}: the server's component scan of
 * {@code org.mosty} must not pick it up.
 */
@EnableAutoConfiguration
@ComponentScan({ "org.mosty.config", "org.mosty.solr", "org.mosty.indexer" })
@ConfigurationPropertiesScan({ "org.mosty.config", "org.mosty.solr", "org.mosty.indexer" })
class ImportApplication {
}
