package org.mosty.sitemap;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.mosty.api.NotFoundException;
import org.mosty.interop.InteropProperties;
import org.mosty.interop.Permalinks;
import org.mosty.indexer.catalogue.PublicRecords;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sitemap (sitemaps.org 0.9) of public, not withdrawn document pages with their last change.
 * Up to {@value #MAX_URLS} documents it is one {@code /sitemap.xml}; above, {@code /sitemap.xml}
 * is a sitemap index of {@code /sitemaps/<n>.xml} parts of {@value #MAX_URLS} each.
 */
@RestController
class SitemapController {

	static final int MAX_URLS = 50_000;

	static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

	private final PublicRecords records;

	private final Permalinks permalinks;

	private final int partSize;

	public SitemapController(PublicRecords records, Permalinks permalinks, InteropProperties interop) {
		this.records = records;
		this.permalinks = permalinks;
		this.partSize = Math.min(interop.sitemapPartSize(), MAX_URLS);
	}

	@GetMapping("/sitemap.xml")
	public ResponseEntity<byte[]> sitemap() {
		List<PublicRecords.Header> all = all();
		if (all.size() <= partSize) {
			return xml(urlset(all));
		}
		return xml(write(xml -> {
			xml.writeStartElement("", "sitemapindex", NS);
			xml.writeDefaultNamespace(NS);
			int parts = (all.size() + partSize - 1) / partSize;
			for (int part = 1; part <= parts; part++) {
				List<PublicRecords.Header> slice = all.subList((part - 1) * partSize, Math.min(all.size(), part * partSize));
				xml.writeStartElement(NS, "sitemap");
				text(xml, "loc", permalinks.base() + "/sitemaps/" + part + ".xml");
				text(xml, "lastmod", slice.stream().map(PublicRecords.Header::datestamp).max(Instant::compareTo)
					.orElseThrow().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		}));
	}

	@GetMapping("/sitemaps/{part}.xml")
	public ResponseEntity<byte[]> part(@PathVariable String part) {
		int number;
		try {
			number = Integer.parseInt(part);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("No sitemap part " + part);
		}
		List<PublicRecords.Header> all = all();
		int start = (number - 1) * partSize;
		if (number < 1 || start >= all.size()) {
			throw new NotFoundException("No sitemap part " + part);
		}
		return xml(urlset(all.subList(start, Math.min(all.size(), start + partSize))));
	}

	/** Public, not withdrawn documents in a stable order (oldest change first). */
	private List<PublicRecords.Header> all() {
		List<PublicRecords.Header> all = new ArrayList<>();
		Instant after = null;
		String afterId = null;
		while (true) {
			List<PublicRecords.Header> batch = records.headers(null, null, after, afterId, false, 5000);
			all.addAll(batch);
			if (batch.size() < 5000) {
				return all;
			}
			after = batch.get(batch.size() - 1).datestamp();
			afterId = batch.get(batch.size() - 1).id();
		}
	}

	private byte[] urlset(List<PublicRecords.Header> headers) {
		return write(xml -> {
			xml.writeStartElement("", "urlset", NS);
			xml.writeDefaultNamespace(NS);
			for (PublicRecords.Header header : headers) {
				xml.writeStartElement(NS, "url");
				text(xml, "loc", permalinks.document(header.id()));
				text(xml, "lastmod", header.datestamp().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	private interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;
	}

	private static byte[] write(Body body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			body.write(xml);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The sitemap could not be written", ex);
		}
		return out.toByteArray();
	}

	private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(NS, name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static ResponseEntity<byte[]> xml(byte[] body) {
		return ResponseEntity.ok().contentType(XML).body(body);
	}
}
