package org.mosty.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * A real XML Schema validator for OAI-PMH responses: the official {@code OAI-PMH.xsd} from the
 * corpus plus local {@code oai_dc}, simple DC and {@code xml:lang} schemas. Schema locations are
 * mapped to local files; the network is never used (external access is switched off).
 */
final class OaiSchemas {

	private static final Map<String, String> LOCAL = Map.of(
			"http://www.w3.org/2001/03/xml.xsd", "/schemas/xml.xsd",
			"http://www.w3.org/2001/xml.xsd", "/schemas/xml.xsd",
			"http://dublincore.org/schemas/xmls/simpledc20021212.xsd", "/schemas/simpledc20021212.xsd",
			"http://www.openarchives.org/OAI/2.0/oai_dc.xsd", "/schemas/oai_dc.xsd");

	private final Schema schema;

	OaiSchemas(Path oaiPmhXsd) {
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance()
				.getDOMImplementation("LS");
			factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
				String local = systemId == null ? null : LOCAL.get(systemId);
				if (local == null) {
					return null;
				}
				LSInput input = ls.createLSInput();
				input.setByteStream(resource(local));
				input.setSystemId(url(local).toString());
				return input;
			});
			schema = factory.newSchema(new Source[] { source("/schemas/xml.xsd"), source("/schemas/simpledc20021212.xsd"),
					source("/schemas/oai_dc.xsd"),
					new StreamSource(Files.newInputStream(oaiPmhXsd), oaiPmhXsd.toUri().toString()) });
		}
		catch (SAXException | IOException | ReflectiveOperationException ex) {
			throw new IllegalStateException("The OAI-PMH schemas cannot be loaded", ex);
		}
	}

	/** Validates; throws with the validator's message (line, column, what is wrong) when invalid. */
	void validate(String xml) throws SAXException {
		Validator validator = schema.newValidator();
		try {
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.validate(new StreamSource(new StringReader(xml)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Source source(String resource) {
		return new StreamSource(resource(resource), url(resource).toString());
	}

	private static InputStream resource(String name) {
		InputStream in = OaiSchemas.class.getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException("Missing test resource " + name);
		}
		return in;
	}

	private static URL url(String name) {
		URL url = OaiSchemas.class.getResource(name);
		try {
			return url.toURI().toURL();
		}
		catch (URISyntaxException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
