package org.mosty.thumbnails;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.storage.FileStore;
import org.mosty.indexer.thumbnails.FirstPages;
import org.springframework.stereotype.Service;

/**
 * Thumbnails of documents: the picture of a PDF's first page, rendered at ingest out of this JVM
 * ({@link FirstPages}); a PDF ingested before pictures were made at ingest is rendered the same way
 * on its first request. A document without a picture (not a PDF, or a PDF that cannot be rendered)
 * gets a neutral placeholder: never an error, and never a render per request.
 */
@Service
public class Thumbnails {

	/** Larger PDFs get no picture. */
	static final long MAX_BYTES = 50L * 1024 * 1024;

	private final FileStore files;

	private final FirstPages firstPages;

	private final byte[] placeholder = placeholderPng();

	public Thumbnails(FileStore files, FirstPages firstPages) {
		this.files = files;
		this.firstPages = firstPages;
	}

	/** Whether the document can have a thumbnail (a PDF). */
	public static boolean supports(CatalogueDocument doc) {
		return "application/pdf".equals(doc.contentType()) && doc.size() <= MAX_BYTES;
	}

	/** The PNG of the first page; empty when the file is no PDF or cannot be rendered. */
	public Optional<Path> firstPage(CatalogueDocument doc) {
		if (!supports(doc)) {
			return Optional.empty();
		}
		Optional<Path> existing = firstPages.existing(doc.sha256());
		if (existing.isPresent()) {
			return existing;
		}
		Path pdf;
		try {
			pdf = files.path(doc.sha256());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		return firstPages.render(doc.sha256(), pdf);
	}

	/** A neutral page (PNG) for documents without a picture. */
	public byte[] placeholder() {
		return placeholder.clone();
	}

	private static byte[] placeholderPng() {
		BufferedImage image = new BufferedImage(200, 283, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(new Color(0xF4, 0xF4, 0xF2));
			g.fillRect(0, 0, 200, 283);
			g.setColor(new Color(0xC8, 0xC8, 0xC4));
			g.setStroke(new BasicStroke(2f));
			g.drawRect(1, 1, 197, 280);
			for (int y = 60; y < 240; y += 22) {
				g.fillRect(36, y, y % 3 == 0 ? 92 : 128, 6);
			}
		}
		finally {
			g.dispose();
		}
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
