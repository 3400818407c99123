package org.mosty.web;

import java.util.Arrays;

import org.mosty.web.bulkimport.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Mosty, all in one: the web UI, the search API, the indexer and (by default) an embedded Solr. */
@SpringBootApplication(scanBasePackages = "org.mosty")
@ConfigurationPropertiesScan("org.mosty")
public class MostyApplication {

	/**
	 * Starts the server, or with {@code import DIR [--metadata file.csv]} imports a folder without
	 * starting the web server.
	 */
	public static void main(String[] args) {
		if (args.length > 0 && "import".equals(args[0])) {
			System.exit(ImportCommand.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(MostyApplication.class, args);
	}
}
