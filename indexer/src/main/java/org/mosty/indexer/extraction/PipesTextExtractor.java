package org.mosty.indexer.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesException;
import org.apache.tika.pipes.PipesParser;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.mosty.config.MostyProperties;
import org.mosty.indexer.catalogue.FailureCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Apache Tika in a pool of child JVMs (Tika pipes): each document has a timeout, the children a
 * memory cap, the text a write limit. A parser that hangs, crashes or runs out of memory costs
 * its document only: the child is killed and replaced, and the document fails with a reason.
 * PDF pages without a text layer are read by Tesseract when it is installed; images inside office
 * files are never OCRed.
 */
@Component
public class PipesTextExtractor implements TextExtractor, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PipesTextExtractor.class);

	private static final String FETCHER = "mosty";

	private static final String PDF_TYPE = "application/pdf";

	private static final java.util.Set<String> ZIP_BASED = java.util.Set.of("application/epub+zip",
			"application/x-tika-ooxml", "application/vnd.ms-word.document.macroenabled.12", "application/zip");

	private final ExtractionProperties properties;

	private final int maxChars;

	private final Path dataDir;

	private final Tesseract tesseract;

	private final Detector detector = new DefaultDetector();

	private final AtomicLong sequence = new AtomicLong();

	private PipesParser parser;

	private boolean closed;

	public PipesTextExtractor(ExtractionProperties properties, TextLimit limit, MostyProperties mosty) {
		this.properties = properties;
		this.maxChars = limit.maxChars();
		this.dataDir = mosty.dataPath();
		this.tesseract = properties.ocr().enabled() ? Tesseract.probe(properties.ocr().languages())
				: new Tesseract(false, List.of(), List.of());
		if (!properties.ocr().enabled()) {
			log.info("OCR is off (mosty.extraction.ocr.enabled=false): scanned PDFs will fail as empty text");
		}
		else if (!tesseract.installed()) {
			log.warn("Tesseract is not installed: PDF pages without a text layer cannot be read; such documents "
					+ "fail with 'empty text'. Install tesseract-ocr, tesseract-ocr-pol and tesseract-ocr-ukr.");
		}
		else if (!tesseract.missing().isEmpty()) {
			log.warn("Tesseract lacks the languages {}; OCR uses {}", tesseract.missing(), tesseract.languageString());
		}
	}

	/** Whether scanned pages can be read. */
	public boolean ocrAvailable() {
		return tesseract.installed();
	}

	@Override
	public Extraction extract(Path file, String fileName) throws ExtractionException {
		String type = detect(file, fileName);
		if (PlainText.reads(type)) {
			return PlainText.extract(file, type, maxChars);
		}
		if (ZIP_BASED.contains(type) || type.startsWith("application/vnd.openxmlformats")
				|| type.startsWith("application/vnd.oasis.opendocument")) {
			try {
				var bomb = DecompressionBombCheck.check(file, Files.size(file));
				if (bomb.isPresent()) {
					throw new ExtractionException(FailureCategory.TOO_LARGE, bomb.get(), 0, List.of(), null);
				}
			}
			catch (IOException ex) {
				throw new ExtractionException(FailureCategory.MISSING_FILE, "the stored file could not be read", 0,
						List.of(), ex);
			}
		}
		Optional<Path> declared = Optional.empty();
		if (HtmlCharsets.reads(type)) {
			try {
				declared = HtmlCharsets.declaredCopy(file, dataDir.resolve("files").resolve("tmp"));
			}
			catch (IOException ex) {
				throw new ExtractionException(FailureCategory.MISSING_FILE, "the stored file could not be read", 0,
						List.of(), ex);
			}
		}
		try {
			return parse(declared.orElse(file), fileName, type);
		}
		finally {
			if (declared.isPresent()) {
				try {
					Files.deleteIfExists(declared.get());
				}
				catch (IOException ex) {
					log.warn("Could not remove {}: {}", declared.get(), ex.getMessage());
				}
			}
		}
	}

	private Extraction parse(Path file, String fileName, String type) throws ExtractionException {
		boolean ocr = tesseract.installed() && PDF_TYPE.equals(type);
		ParseContext context = new ParseContext();
		context.set(HandlerConfig.class, new HandlerConfig(BasicContentHandlerFactory.HANDLER_TYPE.XML,
				HandlerConfig.PARSE_MODE.CONCATENATE, maxChars, 10_000, false));
		TesseractOCRConfig ocrConfig = new TesseractOCRConfig();
		ocrConfig.setSkipOcr(!ocr); // OCR is for PDF pages without text, never for pictures in office files
		if (ocr) {
			ocrConfig.setLanguage(tesseract.languageString());
		}
		context.set(TesseractOCRConfig.class, ocrConfig);
		String id = "doc-" + sequence.incrementAndGet();
		FetchEmitTuple tuple = new FetchEmitTuple(id, new FetchKey(FETCHER, file.toAbsolutePath().toString()),
				new EmitKey("", ""), new Metadata(), context, FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT);
		long start = System.nanoTime();
		PipesResult result;
		try {
			result = parser().parse(tuple);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ExtractionUnavailableException("Interrupted while extracting " + fileName, ex);
		}
		catch (PipesException | IOException | RuntimeException ex) {
			throw new ExtractionUnavailableException("The extraction processes are not available: " + ex.getMessage(),
					ex);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		return interpret(result, type, millis);
	}

	private Extraction interpret(PipesResult result, String type, long millis) throws ExtractionException {
		List<String> warnings = new ArrayList<>();
		switch (result.getStatus()) {
			case TIMEOUT -> throw new ExtractionException(FailureCategory.TIMEOUT, "extraction took longer than "
					+ properties.timeout().toSeconds() + " s and was stopped", millis, warnings, null);
			case OOM -> throw new ExtractionException(FailureCategory.OUT_OF_MEMORY, "extraction needed more than "
					+ properties.childHeap().toMegabytes() + " MB of memory and was stopped", millis, warnings, null);
			case UNSPECIFIED_CRASH -> throw new ExtractionException(FailureCategory.PARSER_CRASH,
					"the extraction process died on this file", millis, warnings, null);
			case FETCH_EXCEPTION, FETCHER_INITIALIZATION_EXCEPTION, NO_FETCHER_FOUND -> throw new ExtractionException(
					FailureCategory.MISSING_FILE, "the stored file could not be read", millis, warnings, null);
			case PARSE_EXCEPTION_NO_EMIT -> throw failure(result.getMessage(), millis, warnings);
			case CLIENT_UNAVAILABLE_WITHIN_MS, INTERRUPTED_EXCEPTION -> throw new ExtractionUnavailableException(
					"Extraction did not answer: " + result.getStatus() + " " + result.getMessage(), null);
			case EMIT_EXCEPTION, NO_EMITTER_FOUND, INTERMEDIATE_RESULT -> throw new ExtractionException(
					FailureCategory.PARSER_CRASH, "the extraction process gave no usable answer ("
							+ result.getStatus() + ")", millis, warnings, null);
			default -> {
				// a parse, possibly with an exception: look at what came back
			}
		}
		if (result.getEmitData() == null || result.getEmitData().getMetadataList() == null
				|| result.getEmitData().getMetadataList().isEmpty()) {
			throw new ExtractionException(FailureCategory.EMPTY_TEXT, "the parser returned nothing (" + type + ")",
					millis, warnings, null);
		}
		Metadata metadata = result.getEmitData().getMetadataList().get(0);
		String exception = metadata.get(TikaCoreProperties.CONTAINER_EXCEPTION);
		if (exception != null && exception.contains("EncryptedDocumentException")) {
			throw new ExtractionException(FailureCategory.PASSWORD_PROTECTED,
					"the file is encrypted or needs a password, its text cannot be read", millis, warnings, null);
		}
		String[] parsedBy = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
		if (exception == null && Arrays.stream(parsedBy).allMatch(name -> name.endsWith("EmptyParser"))) {
			throw new ExtractionException(FailureCategory.UNSUPPORTED_TYPE,
					"no parser reads files of type " + type, millis, warnings, null);
		}
		String content = metadata.get(TikaCoreProperties.TIKA_CONTENT);
		XhtmlText.Result text = XhtmlText.of(content == null || content.isBlank() ? "<html/>" : xmlSafe(content));
		Integer pages = pages(metadata, text.pageDivisions());
		if ("true".equals(metadata.get(TikaCoreProperties.WRITE_LIMIT_REACHED))) {
			warnings.add("text truncated after " + maxChars + " characters");
		}
		if (metadata.get(TikaCoreProperties.EMBEDDED_EXCEPTION) != null) {
			warnings.add("some embedded parts could not be read");
		}
		int ocrPages = metadata.getInt(PDF.OCR_PAGE_COUNT) == null ? 0 : metadata.getInt(PDF.OCR_PAGE_COUNT);
		long textlessPages = Arrays.stream(metadata.getValues(PDF.CHARACTERS_PER_PAGE))
			.filter("0"::equals)
			.count();
		if (PDF_TYPE.equals(type) && !tesseract.installed() && textlessPages > 0) {
			warnings.add(textlessPages + " page(s) without a text layer were not read: OCR (Tesseract) is not "
					+ "available");
		}
		if (text.text().isBlank()) {
			if (exception != null) {
				throw failure(exception, millis, warnings);
			}
			if (PDF_TYPE.equals(type) && textlessPages > 0 && !tesseract.installed()) {
				throw new ExtractionException(FailureCategory.EMPTY_TEXT, "the PDF has no text layer (a scan?) and OCR "
						+ "is not available: install tesseract-ocr, -pol and -ukr", millis, warnings, null);
			}
			if (PDF_TYPE.equals(type) && ocrPages > 0) {
				throw new ExtractionException(FailureCategory.EMPTY_TEXT,
						"the PDF has no text layer and OCR found no text", millis, warnings, null);
			}
			throw new ExtractionException(FailureCategory.EMPTY_TEXT,
					"no text could be extracted: the file is empty or contains only images (" + type + ")", millis,
					warnings, null);
		}
		if (exception != null) {
			warnings.add("partly unreadable: " + firstLine(exception));
		}
		ScriptMix.warning(text.text()).ifPresent(warnings::add);
		return new Extraction(text.text(), type, pages, warnings, ocrPages, millis);
	}

	private static ExtractionException failure(String exception, long millis, List<String> warnings) {
		String message = exception == null ? "" : exception;
		String lower = message.toLowerCase(Locale.ROOT);
		FailureCategory category;
		String detail;
		if (lower.contains("encrypteddocumentexception") || lower.contains("password")) {
			category = FailureCategory.PASSWORD_PROTECTED;
			detail = "the file is encrypted or needs a password, its text cannot be read";
		}
		else if (lower.contains("zerobytefileexception")) {
			category = FailureCategory.EMPTY_TEXT;
			detail = "the file has no bytes";
		}
		else if (lower.contains("zip bomb") || lower.contains("zipbomb") || lower.contains("too many")
				|| lower.contains("exceeds the max") || lower.contains("max_record_length")
				|| lower.contains("recordformatexception")) {
			category = FailureCategory.TOO_LARGE;
			detail = "the file expands beyond the allowed size (" + firstLine(message) + ")";
		}
		else if (lower.contains("unsupportedformatexception") || lower.contains("no parser")) {
			category = FailureCategory.UNSUPPORTED_TYPE;
			detail = firstLine(message);
		}
		else {
			category = FailureCategory.CORRUPT;
			detail = firstLine(message);
		}
		return new ExtractionException(category, detail, millis, warnings, null);
	}

	private static Integer pages(Metadata metadata, int pageDivisions) {
		Integer pages = metadata.getInt(PagedText.N_PAGES);
		if (pages == null) {
			pages = metadata.getInt(Office.PAGE_COUNT);
		}
		return pages != null ? pages : pageDivisions > 0 ? Integer.valueOf(pageDivisions) : null;
	}

	private String detect(Path file, String fileName) throws ExtractionException {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		try (InputStream in = TikaInputStream.get(file, metadata)) {
			return detector.detect(in, metadata).getBaseType().toString();
		}
		catch (IOException ex) {
			throw new ExtractionException(FailureCategory.MISSING_FILE, "the stored file could not be read", 0,
					List.of(), ex);
		}
	}

	/** Drops characters XML 1.0 forbids (some parsers pass control characters through). */
	static String xmlSafe(String content) {
		StringBuilder out = null;
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD)
					|| (Character.isHighSurrogate(c) && i + 1 < content.length()
							&& Character.isLowSurrogate(content.charAt(i + 1)))
					|| (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(content.charAt(i - 1)));
			if (!ok && out == null) {
				out = new StringBuilder(content.length());
				out.append(content, 0, i);
			}
			if (out != null) {
				out.append(ok ? c : ' ');
			}
		}
		return out == null ? content : out.toString();
	}

	private static String firstLine(String message) {
		if (message == null || message.isBlank()) {
			return "unknown parser error";
		}
		String line = message.strip().lines().findFirst().orElse(message).strip();
		line = line.replaceFirst("^[\\w.$]+(Exception|Error): ", "");
		return line.length() > 300 ? line.substring(0, 300) : line;
	}

	private synchronized PipesParser parser() throws IOException {
		if (closed) {
			throw new IOException("the extractor is shut down");
		}
		if (parser == null) {
			parser = new PipesParser(pipesConfig());
		}
		return parser;
	}

	private PipesConfig pipesConfig() throws IOException {
		Path work = dataDir.resolve("tika");
		Files.createDirectories(work);
		Path tikaConfig = work.resolve("tika-config.xml");
		Files.writeString(tikaConfig, tikaConfigXml(), StandardCharsets.UTF_8);
		Path logConfig = work.resolve("logback-child.xml");
		Files.writeString(logConfig, """
				<configuration>
				  <appender name="ERR" class="ch.qos.logback.core.ConsoleAppender">
				    <target>System.err</target>
				    <encoder><pattern>warn %logger{36} %msg%n</pattern></encoder>
				  </appender>
				  <root level="ERROR"><appender-ref ref="ERR"/></root>
				</configuration>
				""", StandardCharsets.UTF_8);
		PipesConfig config;
		try {
			config = PipesConfig.load(tikaConfig);
		}
		catch (Exception ex) {
			throw new IOException("Invalid generated Tika configuration " + tikaConfig, ex);
		}
		List<String> args = new ArrayList<>();
		args.add("-Xmx" + properties.childHeap().toMegabytes() + "m");
		args.add("-XX:+UseSerialGC");
		args.add("-Xshare:off");
		args.add("-Dfile.encoding=UTF-8");
		args.add("-Dlogback.configurationFile=" + logConfig);
		args.add("-Dlog4j2.level=ERROR");
		args.addAll(properties.childJvmArgs());
		args.add("-cp");
		args.add(ChildClassPath.resolve(dataDir));
		config.setForkedJvmArgs(args);
		config.setNumClients(properties.poolSize());
		config.setMaxForEmitBatchBytes(-1); // every result comes back to us, however large (no emitter)
		config.setTimeoutMillis(properties.timeout().toMillis());
		config.setStartupTimeoutMillis(properties.startupTimeout().toMillis());
		config.setMaxFilesProcessedPerProcess(properties.maxFilesPerChild());
		config.setMaxWaitForClientMillis(properties.timeout().toMillis() + properties.startupTimeout().toMillis());
		config.setJavaPath(javaLauncher(work));
		log.info("Extraction: {} child JVM(s), -Xmx{}m, timeout {} s, write limit {} characters, OCR {}",
				properties.poolSize(), properties.childHeap().toMegabytes(), properties.timeout().toSeconds(),
				maxChars, tesseract.installed() ? tesseract.languageString() : "not available");
		return config;
	}

	private String tikaConfigXml() {
		StringBuilder parsers = new StringBuilder("    <parser class=\"org.apache.tika.parser.DefaultParser\"/>\n");
		for (String extra : properties.extraParsers()) {
			parsers.append("    <parser class=\"").append(extra).append("\"/>\n");
		}
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<!-- written by Mosty at start-up; edits are overwritten -->
				<properties>
				  <parsers>
				%s  </parsers>
				  <fetchers>
				    <fetcher class="org.apache.tika.pipes.fetcher.fs.FileSystemFetcher">
				      <name>%s</name>
				      <basePath>/</basePath>
				    </fetcher>
				  </fetchers>
				  <emitters/>
				  <pipes>
				    <params>
				      <numClients>%d</numClients>
				    </params>
				  </pipes>
				</properties>
				""".formatted(parsers, FETCHER, properties.poolSize());
	}

	/**
	 * The java command for the children: a small script that sets {@code OMP_THREAD_LIMIT=1} (one
	 * Tesseract thread per child: on two cores, more threads only fight) before starting Java.
	 */
	private static String javaLauncher(Path work) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		if (!java.contains(" ") && !work.toString().contains(" ")
				&& work.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Path script = work.resolve("java-child");
			Files.writeString(script, "#!/bin/sh\nOMP_THREAD_LIMIT=1\nexport OMP_THREAD_LIMIT\nexec '" + java
					+ "' \"$@\"\n", StandardCharsets.UTF_8);
			Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
			return script.toString();
		}
		return java;
	}

	@Override
	public synchronized void destroy() {
		closed = true;
		if (parser != null) {
			try {
				parser.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			parser = null;
		}
	}
}
