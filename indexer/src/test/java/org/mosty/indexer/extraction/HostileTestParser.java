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
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Test only, loaded by the extraction child JVMs through {@code mosty.extraction.extra-parsers}:
 * reads RTF like Tika does, except a file whose opening holds {@code MOSTY-HANG} never returns and one
 * holding {@code MOSTY-OOM} fills the heap. Stands for the parser bugs real files trigger. (RTF, not
 * plain text: plain text is decoded in process since issue 18, without a parser.)
 */
public class HostileTestParser extends AbstractParser {

	private static final long serialVersionUID = 1L;

	static final String HANG = "MOSTY-HANG";

	static final String OOM = "MOSTY-OOM";

	private final RTFParser rtf = new RTFParser();

	@Override
	public Set<MediaType> getSupportedTypes(ParseContext context) {
		return Set.of(MediaType.application("rtf"));
	}

	@Override
	public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
			throws IOException, SAXException, TikaException {
		BufferedInputStream in = new BufferedInputStream(stream);
		in.mark(128);
		String head = new String(in.readNBytes(64), StandardCharsets.US_ASCII);
		in.reset();
		if (head.contains(HANG)) {
			long spins = 0;
			while (spins >= 0) { // a parser stuck in a loop, deaf to interrupts
				spins++;
			}
		}
		if (head.contains(OOM)) {
			List<long[]> hog = new ArrayList<>();
			while (hog.size() >= 0) {
				hog.add(new long[16 * 1024 * 1024]);
			}
		}
		rtf.parse(in, handler, metadata, context);
	}
}
