package org.mosty.indexer.samples;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sample library's setting ({@code mosty.samples}).
 *
 * @param samples load the bundled sample library into an empty catalogue at start-up (embedded Solr only)
 */
@Validated
@ConfigurationProperties("mosty")
record SampleProperties(@DefaultValue("true") boolean samples) {
}
