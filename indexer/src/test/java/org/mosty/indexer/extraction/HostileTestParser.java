package org.mosty.indexer.extraction;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.csv.TextAndCSVParser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Test only, loaded by the extraction child JVMs through {@code mosty.extraction.extra-parsers}:
 * reads plain text like Tika does, except a text starting {@code MOSTY-HANG} never returns and one
 * starting {@code MOSTY-OOM} fills the heap. Stands for the parser bugs real files trigger.
 */
public class HostileTestParser extends AbstractParser {

	private static final long serialVersionUID = 1L;

	static final String HANG = "MOSTY-HANG";

	static final String OOM = "MOSTY-OOM";

	private final TextAndCSVParser text = new TextAndCSVParser();

	@Override
	public Set<MediaType> getSupportedTypes(ParseContext context) {
		return Set.of(MediaType.TEXT_PLAIN);
	}

	@Override
	public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
			throws IOException, SAXException, TikaException {
		BufferedInputStream in = new BufferedInputStream(stream);
		in.mark(16);
		String head = new String(in.readNBytes(10), StandardCharsets.US_ASCII);
		in.reset();
		if (head.startsWith(HANG)) {
			long spins = 0;
			while (spins >= 0) { // a parser stuck in a loop, deaf to interrupts
				spins++;
			}
		}
		if (head.startsWith(OOM)) {
			List<long[]> hog = new ArrayList<>();
			while (hog.size() >= 0) {
				hog.add(new long[16 * 1024 * 1024]);
			}
		}
		text.parse(in, handler, metadata, context);
	}
}
