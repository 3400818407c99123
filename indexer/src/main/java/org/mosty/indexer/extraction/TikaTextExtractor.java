package org.mosty.indexer.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.HttpHeaders;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.mosty.indexer.ingest.IngestProperties;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Apache Tika in this JVM, with a write limit so a decompression bomb cannot fill the heap.
 * Running Tika in child JVMs (timeouts, memory caps) is the job of the robust-ingestion work;
 * this class keeps the same contract so it can be swapped.
 */
@Component
public class TikaTextExtractor implements TextExtractor {

	private final Parser parser = new AutoDetectParser();

	private final int maxChars;

	public TikaTextExtractor(IngestProperties properties) {
		this.maxChars = properties.maxTextChars();
	}

	@Override
	public Extraction extract(Path file, String fileName) throws ExtractionException {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		BodyContentHandler handler = new BodyContentHandler(maxChars);
		List<String> warnings = new ArrayList<>();
		try (InputStream in = TikaInputStream.get(file, metadata)) {
			parser.parse(in, handler, metadata, new ParseContext());
		}
		catch (ZeroByteFileException ex) {
			throw new ExtractionException("empty file: it has no bytes", ex);
		}
		catch (EncryptedDocumentException ex) {
			throw new ExtractionException("password-protected or encrypted: the text cannot be read", ex);
		}
		catch (SAXException ex) {
			if (!WriteLimitReachedException.isWriteLimitReached(ex)) {
				throw new ExtractionException("corrupt or unreadable file: " + message(ex), ex);
			}
			warnings.add("text truncated after " + maxChars + " characters");
		}
		catch (TikaException ex) {
			throw new ExtractionException(reason(ex, metadata), ex);
		}
		catch (IOException ex) {
			throw new ExtractionException("could not read the file: " + message(ex), ex);
		}
		catch (RuntimeException | StackOverflowError | NoClassDefFoundError ex) {
			// parser bugs on hostile input cost this document only
			throw new ExtractionException("the parser failed on this file: " + message(ex), ex);
		}
		String contentType = mediaType(metadata.get(HttpHeaders.CONTENT_TYPE));
		String text = normalise(handler.toString());
		if (text.isBlank()) {
			throw new ExtractionException("no text could be extracted: the file is empty or contains only images ("
					+ contentType + ")");
		}
		return new Extraction(text, contentType, pages(metadata), warnings);
	}

	private static String reason(TikaException ex, Metadata metadata) {
		String message = message(ex);
		if (message.toLowerCase(Locale.ROOT).contains("unsupported")) {
			return "unsupported file type: " + mediaType(metadata.get(HttpHeaders.CONTENT_TYPE));
		}
		return "corrupt or unreadable file: " + message;
	}

	private static Integer pages(Metadata metadata) {
		Integer pages = metadata.getInt(PagedText.N_PAGES);
		return pages != null ? pages : metadata.getInt(Office.PAGE_COUNT);
	}

	private static String mediaType(String contentType) {
		if (contentType == null) {
			return "application/octet-stream";
		}
		int semicolon = contentType.indexOf(';');
		return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
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
		return out.toString().replaceAll("[ \\u00A0]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
	}

	private static String message(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
		return message.length() > 300 ? message.substring(0, 300) : message;
	}
}
