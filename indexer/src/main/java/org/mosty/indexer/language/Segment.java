package org.mosty.indexer.language;

/** A stretch of a document's text in one language. */
public record Segment(String language, String text) {
}
