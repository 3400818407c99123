package org.mosty.indexer.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mosty.config.MostyProperties;

/** Issue 18: the temporary files of interrupted uploads do not pile up in {@code files/tmp}. */
class FileStoreTests {

	@TempDir
	Path data;

	@Test
	void atStartTheTemporaryFilesOfInterruptedUploadsAreRemovedButNotOnesBeingWritten() throws Exception {
		Path tmp = Files.createDirectories(data.resolve("files").resolve("tmp"));
		Path interrupted = Files.writeString(tmp.resolve("upload-1.part"), "half of an upload", StandardCharsets.UTF_8);
		Files.setLastModifiedTime(interrupted, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
		Path receiving = Files.writeString(tmp.resolve("upload-2.part"), "an upload under way", StandardCharsets.UTF_8);
		Path other = Files.writeString(tmp.resolve("notes.txt"), "not ours", StandardCharsets.UTF_8);
		Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofDays(3))));

		FileStore store = new FileStore(new MostyProperties(data));
		store.afterPropertiesSet();

		assertThat(interrupted).doesNotExist();
		assertThat(receiving).exists();
		assertThat(other).exists();
		// and the store still works
		FileStore.StoredFile stored = store.store(new ByteArrayInputStream("bytes".getBytes(StandardCharsets.UTF_8)));
		assertThat(store.path(stored.sha256())).exists();
	}
}
