package org.mosty.web.bulkimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.mosty.testing.TestDataDirs;

import picocli.CommandLine;

/**
 * {@code mosty.jar import DIR --metadata file.csv} run in this JVM as the jar runs it: a folder with
 * a good file, the same bytes again, a picture and metadata from a CSV; the summary says what became
 * of each.
 */
class ImportCommandIntegrationTests {

	@Test
	void aFolderIsImportedWithItsMetadataAndASummary() throws Exception {
		Path data = Path.of(TestDataDirs.fresh("import-data"));
		Path dir = Path.of(TestDataDirs.fresh("import-dir"));
		Files.createDirectories(dir.resolve("raporty"));
		String text = "Raport o dostępie do mieszkań dla rodzin z Ukrainy w Gdańsku, rok 2024. Najem jest drogi.";
		Files.writeString(dir.resolve("raporty/mieszkania.txt"), text, StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("kopia.txt"), text, StandardCharsets.UTF_8);
		Files.write(dir.resolve("zdjecie.pdf"),
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' });
		Path csv = Files.writeString(dir.resolve("metadata.csv"),
				"file,title,type,access,topics,year,language\n"
						+ "raporty/mieszkania.txt,Mieszkania w Gdańsku,report,PUBLIC,housing;refugees,2024,pl\n",
				StandardCharsets.UTF_8);

		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
		int exit = new CommandLine(new ImportCommand(out)).setUnmatchedArgumentsAllowed(true)
			.execute(dir.toString(), "--metadata", csv.toString(), "--no-progress", "--mosty.data-dir=" + data);
		String summary = captured.toString(StandardCharsets.UTF_8);

		assertThat(exit).as(summary).isZero();
		assertThat(summary).contains("Importing 3 file(s)")
			.contains("RESULT import files=3 indexed=1 failed=0 refused=1 duplicates=1 pending=0")
			.contains("zdjecie.pdf: unsupported type: the content is image/png");
		assertThat(data.resolve("db")).isDirectory();
	}
}
