package org.mosty.indexer;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** Gives the indexer module its defaults (database under the data folder, batch settings). */
@Configuration(proxyBeanMethods = false)
@PropertySource(value = "classpath:org/mosty/indexer/indexer-defaults.properties", encoding = "UTF-8")
class IndexerConfiguration {
}
