package org.mosty.config;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The one setting every module shares: where Mosty keeps its data (database, file store, embedded
 * Solr core). Each module's own settings are its own records (the sample library's, for one, is
 * the indexer's {@code SampleProperties}).
 *
 * @param dataDir the data folder, {@code ./data} by default
 */
@Validated
@ConfigurationProperties("mosty")
public record MostyProperties(@NotNull @DefaultValue("./data") Path dataDir) {

	/** The data folder as an absolute, normalised path. */
	public Path dataPath() {
		return dataDir.toAbsolutePath().normalize();
	}
}
