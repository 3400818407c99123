package org.mosty.indexer.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.catalogue.FailureCategory;
import org.mosty.indexer.catalogue.IngestClaim;
import org.mosty.indexer.extraction.Extraction;
import org.mosty.indexer.extraction.ExtractionException;
import org.mosty.indexer.extraction.ExtractionUnavailableException;
import org.mosty.indexer.extraction.TextExtractor;
import org.mosty.indexer.language.LanguageProfile;
import org.mosty.indexer.language.SegmentLanguages;
import org.mosty.indexer.storage.FileStore;
import org.mosty.indexer.thumbnails.FirstPages;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Extracts a PENDING document's text and detects its languages; renders a PDF's first page for
 * its thumbnail ({@link FirstPages}). An {@link ExtractionException}
 * is skipped by the step and recorded as FAILED by {@link FailureRecorder}.
 */
class ExtractingProcessor implements ItemProcessor<String, IngestItem> {

	private static final String PDF = "application/pdf";

	private final Catalogue catalogue;

	private final FileStore files;

	private final TextExtractor extractor;

	private final SegmentLanguages languages;

	private final SolrDocumentFactory factory;

	private final IngestMetrics metrics;

	private final String worker;

	private final FirstPages firstPages;

	ExtractingProcessor(Catalogue catalogue, FileStore files, TextExtractor extractor, SegmentLanguages languages,
			SolrDocumentFactory factory, IngestMetrics metrics, String worker, FirstPages firstPages) {
		this.metrics = metrics;
		this.firstPages = firstPages;
		this.worker = worker;
		this.catalogue = catalogue;
		this.files = files;
		this.extractor = extractor;
		this.languages = languages;
		this.factory = factory;
	}

	@Override
	public IngestItem process(String id) throws ExtractionException {
		long started = System.nanoTime();
		CatalogueDocument document = catalogue.findById(id).orElse(null);
		if (document == null || document.status() != DocumentStatus.PENDING) {
			return null; // handled by another run meanwhile
		}
		try {
			IngestItem item = prepare(document);
			metrics.processed(id, Duration.ofNanos(System.nanoTime() - started));
			return item;
		}
		catch (ExtractionException ex) {
			metrics.failed(id, ex.category(), Duration.ofNanos(System.nanoTime() - started));
			throw ex.ofFile(document.sha256());
		}
	}

	private IngestItem prepare(CatalogueDocument document) throws ExtractionException {
		Path file;
		try {
			file = files.path(document.sha256());
		}
		catch (IllegalArgumentException ex) {
			throw new ExtractionException(FailureCategory.MISSING_FILE, "the stored file is missing or damaged");
		}
		if (!file.toFile().isFile()) {
			throw new ExtractionException(FailureCategory.MISSING_FILE, "the stored file is missing from the file store");
		}
		Extraction extraction = extract(file, document.fileName());
		if (PDF.equals(extraction.contentType())) {
			firstPages.render(document.sha256(), file); // the thumbnail, once, out of this JVM
		}
		LanguageProfile profile = languages.profile(extraction.text(), document.metadata().language());
		return new IngestItem(document, factory.build(document, extraction, profile), extraction, profile,
				new IngestClaim(document.id(), document.sha256(), worker));
	}

	private Extraction extract(Path file, String fileName) throws ExtractionException {
		long started = System.nanoTime();
		try {
			Extraction extraction = extractor.extract(file, fileName);
			metrics.extracted(Duration.ofNanos(System.nanoTime() - started));
			return extraction;
		}
		catch (ExtractionException ex) {
			metrics.extractionFailed(ex.category(), Duration.ofNanos(System.nanoTime() - started));
			throw ex;
		}
		catch (ExtractionUnavailableException ex) {
			throw ex; // the extraction processes are away, not this file: the run fails and is restarted
		}
		catch (RuntimeException ex) {
			// a bug reading this one file must cost this file (FAILED with the reason), never the run: an
			// exception the step cannot skip failed the run, which was restarted on the same file for ever
			metrics.extractionFailed(FailureCategory.CORRUPT, Duration.ofNanos(System.nanoTime() - started));
			throw new ExtractionException(FailureCategory.CORRUPT, "unexpected error while reading the file ("
					+ ex + ")", (System.nanoTime() - started) / 1_000_000, List.of(), ex);
		}
	}
}
