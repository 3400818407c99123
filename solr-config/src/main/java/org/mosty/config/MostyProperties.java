package org.mosty.config;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings every module shares: where Mosty keeps its data (database, file store, embedded Solr
 * core) and whether the sample library is loaded on the first start.
 *
 * @param dataDir the data folder, {@code ./data} by default
 * @param samples load the bundled sample library into an empty catalogue at start-up
 */
@Validated
@ConfigurationProperties("mosty")
public record MostyProperties(@NotNull @DefaultValue("./data") Path dataDir, @DefaultValue("true") boolean samples) {

	/** The data folder as an absolute, normalised path. */
	public Path dataPath() {
		return dataDir.toAbsolutePath().normalize();
	}
}
