package org.mosty.thumbnails;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mosty.config.MostyProperties;
import org.mosty.testing.ApiClient;
import org.mosty.testing.IngestAwait;
import org.mosty.testing.TestDataDirs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 18: thumbnails are rendered once, at ingest, in a child JVM with a memory and time cap; a
 * PDF whose page is one 30000 × 30000 picture, asked for by 8 readers at once, answers 200 to each
 * (its picture or the placeholder) and is never rendered in the application's JVM or per request; a
 * document without a picture gets the neutral placeholder, never an error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThumbnailsIntegrationTests {

	static final String ADMIN = "admin";

	static final String PASSWORD = "thumbnails-admin-password";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("thumbnails"));
		registry.add("mosty.admin.password", () -> PASSWORD);
		registry.add("mosty.security.bcrypt-strength", () -> "4");
		registry.add("mosty.samples", () -> "false");
		registry.add("mosty.thumbnails.child-heap", () -> "96MB");
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MostyProperties mosty;

	ApiClient api;

	String plain;

	String huge;

	String text;

	@BeforeAll
	void upload() throws Exception {
		api = new ApiClient(port);
		plain = upload("plain.pdf", pdf(false));
		huge = upload("huge.pdf", pdf(true));
		text = api.json(api.upload("notatka.txt", "Notatka o pomocy prawnej dla cudzoziemców."
			.getBytes(StandardCharsets.UTF_8), metadata("Notatka"), ADMIN, PASSWORD)).get("id").asString();
		IngestAwait.untilIdle(context, Duration.ofMinutes(3));
	}

	@Test
	void aPdfHasItsFirstPageRenderedAtIngestAndOtherDocumentsThePlaceholder() throws Exception {
		Path thumbnails = mosty.dataPath().resolve("thumbnails");
		try (var files = Files.list(thumbnails)) {
			assertThat(files.map(path -> path.getFileName().toString())).as("rendered at ingest, before any request")
				.anyMatch(name -> name.endsWith(".png"));
		}
		HttpResponse<byte[]> page = api.getBytes("/api/documents/" + plain + "/thumbnail");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Mosty-Thumbnail")).hasValue("first-page");
		assertThat(new String(page.body(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");

		HttpResponse<byte[]> placeholder = api.getBytes("/api/documents/" + text + "/thumbnail");
		assertThat(placeholder.statusCode()).isEqualTo(200);
		assertThat(placeholder.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(placeholder.headers().firstValue("Mosty-Thumbnail")).hasValue("placeholder");
	}

	@Test
	void aPageThatIsOneHugePictureCostsOneChildRenderNeverAnError() throws Exception {
		ExecutorService readers = Executors.newFixedThreadPool(8);
		try {
			List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(readers.submit(() -> api.getBytes("/api/documents/" + huge + "/thumbnail")));
			}
			for (Future<HttpResponse<byte[]>> answer : answers) {
				HttpResponse<byte[]> response = answer.get();
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
				assertThat(response.headers().firstValue("Mosty-Thumbnail")).isPresent();
			}
		}
		finally {
			readers.shutdownNow();
		}
		// decided once, at ingest: a picture, or a marker saying why there is none
		try (var files = Files.list(mosty.dataPath().resolve("thumbnails"))) {
			assertThat(files.filter(path -> !path.getFileName().toString().endsWith(".part")).count()).isEqualTo(2);
		}
	}

	private String upload(String name, byte[] pdf) {
		HttpResponse<String> response = api.upload(name, pdf, metadata(name), ADMIN, PASSWORD);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return api.json(response).get("id").asString();
	}

	private static String metadata(String title) {
		return "{\"title\":\"" + title + "\",\"type\":\"report\",\"access\":\"PUBLIC\",\"language\":\"pl\"}";
	}

	/** A one-page PDF with a line of text and, if {@code huge}, a 30000 × 30000 picture covering the page. */
	private static byte[] pdf(boolean huge) throws Exception {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				if (huge) {
					int side = 30_000;
					ByteArrayOutputStream compressed = new ByteArrayOutputStream();
					try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed)) {
						byte[] row = new byte[side / 8];
						for (int y = 0; y < side; y++) {
							deflate.write(row);
						}
					}
					PDImageXObject image = new PDImageXObject(document,
							new ByteArrayInputStream(compressed.toByteArray()), COSName.FLATE_DECODE, side, side, 1,
							PDDeviceGray.INSTANCE);
					content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
				}
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
				content.newLineAtOffset(72, 700);
				content.showText("Raport o pomocy prawnej dla cudzoziemcow");
				content.endText();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}
}
