package org.mosty.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.mosty.testing.Required;
import org.mosty.testing.TestDataDirs;

/**
 * The application the README runs: {@code web/target/mosty/mosty.jar} with {@code lib/}, extracted
 * from the single jar by the build, started as its own process. The import command extracts a
 * real PDF and a text file to the index, so the extraction child JVMs found Tika on the class path
 * that the extracted jar's manifest lists.
 */
class ExtractedApplicationIntegrationTests {

	static final Path EXTRACTED = Path.of("target", "mosty", "mosty.jar");


	@Test
	void theExtractedApplicationImportsAndIndexesFiles() throws Exception {
		assertThat(EXTRACTED).as("the build extracts the application next to mosty.jar (package phase)")
			.isRegularFile();
		assertThat(EXTRACTED.resolveSibling("lib")).isDirectoryContaining("glob:**/solr-core-*.jar");
		Path pdf = Path.of(System.getProperty("mosty.corpus.dir", "../../shared/corpus"), "library", "pdf-pl",
				"statut-fundacji-nowe-teraz-wyciag.pdf");
		Required.that(Files.isRegularFile(pdf), "the shared corpus is not here: " + pdf);

		Path dir = Path.of(TestDataDirs.fresh("extracted-import-dir"));
		Files.copy(pdf, dir.resolve(pdf.getFileName()));
		Files.writeString(dir.resolve("dyzury.txt"),
				"Dyżury prawników dla cudzoziemców w Lublinie: poniedziałki i czwartki, od 10 do 14.",
				StandardCharsets.UTF_8);
		Path log = Path.of(TestDataDirs.fresh("extracted-import-log")).resolve("import.log");
		Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-jar", EXTRACTED.toAbsolutePath().toString(), "import", dir.toString(), "--no-progress",
				"--mosty.data-dir=" + TestDataDirs.fresh("extracted-import-data"), "--spring.main.banner-mode=off"))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		boolean ended = process.waitFor(4, TimeUnit.MINUTES);
		if (!ended) {
			process.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);

		assertThat(ended).as("the import ended within 4 minutes: %s", output).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).as(output).contains("RESULT import files=2 indexed=2 failed=0");
	}
}
