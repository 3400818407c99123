package org.mosty.indexer.catalogue;

/**
 * What an ingest worker read when it claimed a document: which document, which file (its
 * SHA-256) and which worker. An ingest result is written only while all three still hold; a result
 * for a file that has been replaced, or for a claim another worker has taken over, is discarded.
 */
public record IngestClaim(String documentId, String sha256, String worker) {
}
