package org.mosty.thumbnails;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.mosty.config.MostyProperties;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.storage.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * PNG pictures of the first page of PDF files (PDFBox), about 200 pixels wide, cached under
 * {@code <data-dir>/thumbnails/<sha256>.png}: the file store is content-addressed, so a cached
 * picture never goes stale. Other formats have none (the UI shows a type icon).
 */
@Service
public class Thumbnails {

	private static final Logger log = LoggerFactory.getLogger(Thumbnails.class);

	/** Rendering resolution: an A4 page at 24 dpi is about 200 × 280 pixels. */
	static final float DPI = 24f;

	/** Larger PDFs are not rendered on a reader's request (memory, time). */
	static final long MAX_BYTES = 50L * 1024 * 1024;

	private final FileStore files;

	private final Path cache;

	public Thumbnails(FileStore files, MostyProperties properties) {
		this.files = files;
		this.cache = properties.dataPath().resolve("thumbnails");
	}

	/** Whether the document can have a thumbnail (a PDF). */
	public static boolean supports(CatalogueDocument doc) {
		return "application/pdf".equals(doc.contentType()) && doc.size() <= MAX_BYTES;
	}

	/** The PNG of the first page, rendered once; empty when the file is no PDF or cannot be rendered. */
	public Optional<Path> firstPage(CatalogueDocument doc) {
		if (!supports(doc) || !doc.sha256().matches("[0-9a-f]{64}")) {
			return Optional.empty();
		}
		Path png = cache.resolve(doc.sha256() + ".png");
		if (Files.isRegularFile(png)) {
			return Optional.of(png);
		}
		try {
			Files.createDirectories(cache);
			BufferedImage image;
			try (InputStream in = files.open(doc.sha256());
					PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
				if (pdf.getNumberOfPages() == 0) {
					return Optional.empty();
				}
				image = new PDFRenderer(pdf).renderImageWithDPI(0, DPI, ImageType.RGB);
			}
			Path partial = Files.createTempFile(cache, doc.sha256(), ".part");
			ImageIO.write(image, "png", partial.toFile());
			try {
				Files.move(partial, png, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(partial, png, StandardCopyOption.REPLACE_EXISTING);
			}
			return Optional.of(png);
		}
		catch (IOException | RuntimeException ex) {
			// encrypted or broken PDFs have no picture; the page shows the type icon instead
			log.info("No thumbnail for {}: {}", doc.id(), ex.toString());
			return Optional.empty();
		}
	}

}
