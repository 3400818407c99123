package org.mosty.oai;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The OAI-PMH response envelope: {@code responseDate}, {@code request}, then a verb's body or errors. */
final class OaiXml {

	static final String OAI = "http://www.openarchives.org/OAI/2.0/";

	static final String OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	/** Writes the body of a verb's element. */
	@FunctionalInterface
	interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;
	}

	private OaiXml() {
	}

	static byte[] response(String baseUrl, Map<String, String> echoed, String verb, Body body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
			xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			xml.writeStartElement("", "OAI-PMH", OAI);
			xml.writeDefaultNamespace(OAI);
			xml.writeNamespace("xsi", DublinCore.XSI);
			xml.writeAttribute("xsi", DublinCore.XSI, "schemaLocation", OAI + " " + OAI_SCHEMA);
			text(xml, "responseDate", OaiDates.format(Instant.now()));
			xml.writeStartElement(OAI, "request");
			for (var argument : echoed.entrySet()) {
				xml.writeAttribute(argument.getKey(), argument.getValue());
			}
			xml.writeCharacters(baseUrl);
			xml.writeEndElement();
			if (verb != null) {
				xml.writeStartElement(OAI, verb);
				body.write(xml);
				xml.writeEndElement();
			}
			else {
				body.write(xml);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The OAI-PMH response could not be written", ex);
		}
		return out.toByteArray();
	}

	static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(OAI, name);
		xml.writeCharacters(clean(value));
		xml.writeEndElement();
	}

	/** Drops characters XML 1.0 cannot carry (control characters from extracted text). */
	static String clean(String value) {
		StringBuilder out = new StringBuilder(value.length());
		value.codePoints().forEach(cp -> {
			if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
					|| cp >= 0x10000) {
				out.appendCodePoint(cp);
			}
		});
		return out.toString();
	}
}
