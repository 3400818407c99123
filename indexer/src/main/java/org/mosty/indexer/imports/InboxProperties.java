package org.mosty.indexer.imports;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.mosty.indexer.catalogue.AccessLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The inbox folder the server watches (off unless {@code dir} is set).
 *
 * @param dir the folder; files dropped in it are registered and moved to {@code processed/} or,
 *     when refused, to {@code failed/} with a {@code .reason.txt} beside them
 * @param pollInterval how often the folder is looked at
 * @param settleTime a file is taken only when it has not changed for this long (still being copied)
 * @param type the document type given to inbox files
 * @param access the access level given to inbox files (restricted: an editor reviews them first)
 */
@Validated
@ConfigurationProperties("mosty.inbox")
record InboxProperties(
		Path dir,
		@NotNull @DefaultValue("5s") Duration pollInterval,
		@NotNull @DefaultValue("2s") Duration settleTime,
		@NotBlank @DefaultValue("other") String type,
		@NotNull @DefaultValue("RESTRICTED") AccessLevel access) {
}
