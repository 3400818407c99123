package org.mosty.indexer.thumbnails;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The rendering child ({@link FirstPages} starts it): reads requests from standard input, one a
 * line ({@code <pdf>\t<png>\t<max side>}), renders the first page of each PDF into the PNG and
 * answers {@code OK} or {@code ERR <reason>} on standard output. Runs with a small heap and exits
 * on running out of memory; its parent kills it when a page takes too long.
 */
final class FirstPageRenderer {

	/** An A4 page at this resolution is about 200 × 283 pixels. */
	static final float DPI = 24f;

	private FirstPageRenderer() {
	}

	public static void main(String[] args) throws IOException {
		PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		System.setOut(new PrintStream(PrintStream.nullOutputStream())); // libraries never write into the answers
		BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		answers.println("READY");
		String line;
		while ((line = requests.readLine()) != null) {
			String[] parts = line.split("\t");
			try {
				render(Path.of(parts[0]), Path.of(parts[1]), Integer.parseInt(parts[2]));
				answers.println("OK");
			}
			catch (Exception | StackOverflowError ex) {
				String reason = String.valueOf(ex.getMessage()).replaceAll("\\s+", " ");
				answers.println("ERR " + ex.getClass().getSimpleName() + ": "
						+ (reason.length() > 300 ? reason.substring(0, 300) : reason));
			}
		}
	}

	static void render(Path pdf, Path png, int maxSide) throws IOException {
		BufferedImage image;
		try (PDDocument document = Loader.loadPDF(pdf.toFile(), null, null, null,
				IOUtils.createTempFileOnlyStreamCache())) {
			if (document.getNumberOfPages() == 0) {
				throw new IOException("the PDF has no pages");
			}
			PDRectangle box = document.getPage(0).getCropBox();
			float longer = Math.max(1f, Math.max(box.getWidth(), box.getHeight()));
			// 24 dpi, or less for a page so large that its picture would pass maxSide
			float scale = Math.min(DPI / 72f, maxSide / longer);
			PDFRenderer renderer = new PDFRenderer(document);
			renderer.setSubsamplingAllowed(true); // a huge picture on the page is read at the resolution shown
			image = renderer.renderImage(0, scale, ImageType.RGB);
		}
		Path partial = Files.createTempFile(png.getParent(), png.getFileName().toString(), ".part");
		try {
			ImageIO.write(image, "png", partial.toFile());
			try {
				Files.move(partial, png, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(partial, png, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}
}
