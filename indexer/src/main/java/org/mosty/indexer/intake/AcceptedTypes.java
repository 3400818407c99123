package org.mosty.indexer.intake;

import java.util.Map;
import java.util.TreeMap;

/**
 * The document types Mosty takes in, decided from the bytes (Tika's detector), never from the
 * name alone. Encrypted office files are let in so that they fail with a clear reason.
 */
final class AcceptedTypes {

	private static final Map<String, String> TYPES = new TreeMap<>(Map.ofEntries(
			Map.entry("application/pdf", "PDF"),
			Map.entry("application/msword", "Word 97–2003"),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
			Map.entry("application/vnd.ms-word.document.macroenabled.12", "Word (macros)"),
			Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
			Map.entry("application/vnd.oasis.opendocument.flat.text", "OpenDocument text (flat)"),
			Map.entry("application/rtf", "RTF"),
			Map.entry("text/plain", "plain text"),
			Map.entry("text/markdown", "Markdown"),
			Map.entry("text/x-web-markdown", "Markdown"),
			Map.entry("text/csv", "CSV"),
			Map.entry("text/tab-separated-values", "tab-separated values"),
			Map.entry("text/html", "HTML"),
			Map.entry("application/xhtml+xml", "XHTML"),
			Map.entry("application/epub+zip", "EPUB"),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint"),
			Map.entry("application/vnd.ms-powerpoint", "PowerPoint 97–2003"),
			Map.entry("application/vnd.oasis.opendocument.presentation", "OpenDocument presentation"),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
			Map.entry("application/vnd.ms-excel", "Excel 97–2003"),
			Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"),
			// encrypted or damaged office files: extraction says precisely what is wrong with them
			Map.entry("application/x-tika-ooxml-protected", "encrypted Office file"),
			Map.entry("application/x-tika-ooxml", "Office file"),
			Map.entry("application/x-tika-msoffice", "Office 97–2003 file")));

	private AcceptedTypes() {
	}

	public static boolean accepts(String mediaType) {
		return TYPES.containsKey(mediaType);
	}

	/** For messages: what Mosty accepts, in words. */
	public static String describe() {
		return "PDF, Word (doc, docx), OpenDocument (odt, odp, ods), RTF, plain text, Markdown, CSV, HTML, EPUB, "
				+ "PowerPoint (ppt, pptx) and Excel (xls, xlsx)";
	}

	/** The accepted media types. */
	public static java.util.Set<String> mediaTypes() {
		return java.util.Collections.unmodifiableSet(TYPES.keySet());
	}
}
