package org.mosty.indexer.catalogue;

import java.time.Instant;

/**
 * One file of a document: a previous version, or the current one ({@code current}).
 *
 * @param replacedAt when a newer file replaced it ({@code null} for the current file)
 */
public record FileVersion(int version, String fileName, long size, String sha256, String contentType,
		Instant createdAt, Instant replacedAt, String replacedBy, boolean current) {
}
