package org.mosty.indexer.extraction;

/**
 * How much text extraction keeps of one file: beyond it the text is cut and a warning recorded.
 * The setting belongs to ingest ({@code mosty.ingest.max-text-chars}), which hands it to extraction
 * as this bean, so extraction does not depend on ingest (issue 20: no package cycles).
 *
 * @param maxChars the write limit in characters (validated where it is configured, IngestProperties)
 */
public record TextLimit(int maxChars) {
}
