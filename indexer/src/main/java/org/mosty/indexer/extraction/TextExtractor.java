package org.mosty.indexer.extraction;

import java.nio.file.Path;

/** Turns a stored file into text. Implementations must never hang or take the caller down. */
public interface TextExtractor {

	/**
	 * Extracts the text of a file.
	 * @param file the stored bytes
	 * @param fileName the name the editor gave the file (a hint for type detection only)
	 * @throws ExtractionException when no usable text comes out, with the reason
	 */
	Extraction extract(Path file, String fileName) throws ExtractionException;
}
