package org.mosty.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Mosty, all in one: the web UI, the search API, the indexer and (by default) an embedded Solr. */
@SpringBootApplication(scanBasePackages = "org.mosty")
@ConfigurationPropertiesScan("org.mosty")
public class MostyApplication {

	public static void main(String[] args) {
		SpringApplication.run(MostyApplication.class, args);
	}
}
