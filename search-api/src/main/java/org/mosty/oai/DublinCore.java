package org.mosty.oai;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;

/**
 * A document as simple Dublin Core ({@code oai_dc}). Languages are ISO 639-3 codes ({@code pol},
 * {@code ukr}, {@code eng}), as the OpenAIRE/DRIVER guidelines recommend; the declared language
 * first, then the detected ones.
 */
final class DublinCore {

	static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";

	static final String OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";

	static final String DC = "http://purl.org/dc/elements/1.1/";

	static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private DublinCore() {
	}

	static void write(XMLStreamWriter xml, CatalogueDocument doc, String permalink, Map<String, String> topicLabels)
			throws XMLStreamException {
		DocumentMetadata meta = doc.metadata();
		xml.writeStartElement("oai_dc", "dc", OAI_DC);
		xml.writeNamespace("oai_dc", OAI_DC);
		xml.writeNamespace("dc", DC);
		xml.writeNamespace("xsi", XSI);
		xml.writeAttribute("xsi", XSI, "schemaLocation", OAI_DC + " " + OAI_DC_SCHEMA);
		String language = doc.language() != null ? doc.language() : meta.language();
		element(xml, "title", meta.title(), language);
		for (var title : meta.titles().entrySet()) {
			if (!title.getValue().equals(meta.title())) {
				element(xml, "title", title.getValue(), title.getKey());
			}
		}
		if (meta.authors().isEmpty()) {
			element(xml, "creator", meta.organization(), null);
		}
		else {
			for (String author : meta.authors()) {
				element(xml, "creator", author, null);
			}
		}
		for (String topic : meta.topics()) {
			element(xml, "subject", topicLabels.getOrDefault(topic, topic), "en");
		}
		element(xml, "description", meta.description(), language);
		element(xml, "publisher", meta.organization(), null);
		if (meta.published() != null) {
			element(xml, "date", meta.published().toString(), null);
		}
		else if (meta.year() != null) {
			element(xml, "date", meta.year().toString(), null);
		}
		element(xml, "type", "Text", null);
		element(xml, "type", meta.type(), null);
		element(xml, "format", doc.contentType() == null ? null : doc.contentType().replaceAll(";.*", ""), null);
		element(xml, "identifier", permalink, null);
		for (String code : languages(doc)) {
			element(xml, "language", code, null);
		}
		element(xml, "coverage", meta.city() == null ? meta.region() : meta.city() + ", " + meta.region(), null);
		element(xml, "source", meta.sourceUrl(), null);
		element(xml, "rights", meta.license(), null);
		xml.writeEndElement();
	}

	/** ISO 639-3 codes of the document's languages, declared first. */
	static List<String> languages(CatalogueDocument doc) {
		Set<String> codes = new LinkedHashSet<>();
		if (doc.metadata().language() != null) {
			codes.add(doc.metadata().language());
		}
		if (doc.language() != null) {
			codes.add(doc.language());
		}
		if (doc.languages() != null) {
			codes.addAll(doc.languages());
		}
		List<String> result = new ArrayList<>();
		for (String code : codes) {
			String three = iso6393(code);
			if (three != null && !result.contains(three)) {
				result.add(three);
			}
		}
		return result;
	}

	static String iso6393(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			String three = Locale.forLanguageTag(code.strip()).getISO3Language();
			return three.isEmpty() ? null : three;
		}
		catch (MissingResourceException ex) {
			return null;
		}
	}

	private static void element(XMLStreamWriter xml, String name, String value, String lang) throws XMLStreamException {
		if (value == null || value.isBlank()) {
			return;
		}
		xml.writeStartElement("dc", name, DC);
		if (lang != null && !lang.isBlank()) {
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
		}
		xml.writeCharacters(OaiXml.clean(value));
		xml.writeEndElement();
	}
}
