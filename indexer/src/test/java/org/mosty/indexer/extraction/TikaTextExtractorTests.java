package org.mosty.indexer.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mosty.indexer.ingest.IngestProperties;

class TikaTextExtractorTests {

	private final TikaTextExtractor extractor = new TikaTextExtractor(
			new IngestProperties(10, Duration.ofSeconds(2), 20_000));

	@TempDir
	Path dir;

	@Test
	void extractsHtmlTextWithPolishAndUkrainianLetters() throws Exception {
		Path file = write("a.html", "<html lang=pl><head><meta charset=utf-8><title>T</title></head><body>"
				+ "<p>Zażółć gęślą jaźń</p><p>Їжак ґанок є</p></body></html>");
		Extraction extraction = extractor.extract(file, "a.html");
		assertThat(extraction.text()).contains("Zażółć gęślą jaźń").contains("Їжак ґанок є");
		assertThat(extraction.contentType()).isEqualTo("text/html");
	}

	@Test
	void anEmptyFileFailsWithAReason() throws Exception {
		Path file = write("empty.txt", "");
		assertThatThrownBy(() -> extractor.extract(file, "empty.txt")).isInstanceOf(ExtractionException.class)
			.hasMessageContaining("empty");
	}

	@Test
	void textBeyondTheWriteLimitIsCutWithAWarning() throws Exception {
		Path file = write("long.txt", "słowo ".repeat(10_000));
		Extraction extraction = extractor.extract(file, "long.txt");
		assertThat(extraction.text().length()).isLessThanOrEqualTo(20_000);
		assertThat(extraction.warnings()).anyMatch(warning -> warning.contains("truncated"));
	}

	@Test
	void normaliseKeepsParagraphsAndDropsControlCharactersAndSnippetMarkers() {
		assertThat(TikaTextExtractor.normalise("a\r\n\r\n\r\n\r\nb\u0000c\uE000d  \n"))
			.isEqualTo("a\n\nbcd");
	}

	private Path write(String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}
}
