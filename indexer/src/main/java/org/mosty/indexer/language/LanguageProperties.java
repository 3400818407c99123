package org.mosty.indexer.language;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Language detection settings.
 *
 * @param warmUp load Lingua's language models in the background when the application is ready,
 *     so the first ingested documents do not wait for them (issue 9: the cold ingest cost)
 */
@Validated
@ConfigurationProperties("mosty.language")
record LanguageProperties(@DefaultValue("true") boolean warmUp) {
}
