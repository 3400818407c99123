package org.mosty.indexer.extraction;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML into Mosty's plain text: body text only, a blank line between blocks, and a
 * form feed between the pages Tika marks with {@code <div class="page">} (PDF).
 */
final class XhtmlText {

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
			"table", "br", "blockquote", "pre", "section", "article", "ul", "ol", "dd", "dt", "title");

	private XhtmlText() {
	}

	/** The text and the number of page divisions found. */
	record Result(String text, int pageDivisions) {
	}

	/**
	 * Reads Tika's XHTML. When a parser failed half-way, the XHTML ends early (unclosed elements):
	 * the text read up to there is kept.
	 */
	static Result of(String xhtml) {
		PageCollector collector = new PageCollector();
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.newSAXParser().parse(new InputSource(new StringReader(xhtml)), collector);
		}
		catch (SAXException ex) {
			// truncated or malformed output: keep what was read
		}
		catch (ParserConfigurationException | IOException ex) {
			throw new IllegalStateException("No XML parser", ex);
		}
		return new Result(collector.text(), collector.pageDivisions);
	}

	private static final class PageCollector extends DefaultHandler {

		private final List<StringBuilder> pages = new ArrayList<>(List.of(new StringBuilder()));

		private int bodyDepth;

		private int depth;

		private int pageDepth = -1;

		private int pageDivisions;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			depth++;
			if ("body".equals(localName)) {
				bodyDepth = depth;
			}
			if (bodyDepth > 0 && pageDepth < 0 && "div".equals(localName) && "page".equals(attributes.getValue("class"))) {
				if (pageDivisions > 0) {
					pages.add(new StringBuilder());
				}
				pageDivisions++;
				pageDepth = depth;
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			if (bodyDepth > 0 && BLOCKS.contains(localName)) {
				current().append('\n');
			}
			if (depth == pageDepth) {
				pageDepth = -1;
			}
			if (depth == bodyDepth) {
				bodyDepth = 0;
			}
			depth--;
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (bodyDepth > 0) {
				current().append(ch, start, length);
			}
		}

		@Override
		public void ignorableWhitespace(char[] ch, int start, int length) {
			characters(ch, start, length);
		}

		private StringBuilder current() {
			return pages.get(pages.size() - 1);
		}

		String text() {
			List<String> normalised = pages.stream().map(page -> normalise(page.toString())).toList();
			if (normalised.stream().allMatch(String::isEmpty)) {
				return "";
			}
			return String.join(String.valueOf(Extraction.PAGE_BREAK), normalised);
		}
	}

	/** Unifies line ends, drops control characters and trailing spaces, keeps paragraph breaks. */
	static String normalise(String raw) {
		StringBuilder out = new StringBuilder(raw.length());
		raw.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(c -> {
			if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
				if (c != '\uE000' && c != '\uE001') { // our snippet markers never come from documents
					out.appendCodePoint(c == '\t' ? ' ' : c);
				}
			}
		});
		return out.toString()
			.replaceAll("[ \\u00A0]+\n", "\n")
			.replaceAll("\n[ \\u00A0]+\n", "\n\n")
			.replaceAll("\n{3,}", "\n\n")
			.strip();
	}
}
