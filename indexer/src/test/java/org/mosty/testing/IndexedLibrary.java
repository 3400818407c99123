package org.mosty.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestInstance;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.intake.DocumentRegistration;
import org.mosty.indexer.samples.SampleLibrary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context holding the sample library and every file of
 * {@code ../shared/corpus/library}, indexed once through the real pipeline and shared by the
 * corpus test classes that extend this (Spring caches the context: same configuration, same
 * property source), so the corpus is extracted and indexed once per build, not once per class.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IndexedLibrary {

	/** Ingesting the corpus library (OCR included) takes about a minute on two cores. */
	private static final Duration INGEST_TIMEOUT = Duration.ofMinutes(10);

	private static Map<String, String> ids;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("library"));
		registry.add("mosty.samples", () -> "false");
		registry.add("mosty.ingest.poll-interval", () -> "0s");
	}

	@Autowired
	DocumentRegistration registration;

	@Autowired
	SampleLibrary samples;

	@Autowired
	ApplicationContext context;

	/**
	 * Document ids by key: a sample's file name, or {@code library/<path>} for a corpus file.
	 * Registers and indexes everything on the first call; skips the test without the corpus.
	 */
	protected Map<String, String> library() {
		Path library = Corpus.require().resolve("library");
		synchronized (IndexedLibrary.class) {
			if (ids == null) {
				Map<String, String> registered = new LinkedHashMap<>();
				try {
					for (SampleLibrary.Entry entry : samples.entries()) {
						try (InputStream in = new ClassPathResource("samples/" + entry.file()).getInputStream()) {
							registered.put(entry.file(), registration.register(in, entry.file(), entry.metadata()).id());
						}
					}
					List<Path> files;
					try (Stream<Path> walk = Files.walk(library)) {
						files = walk.filter(Files::isRegularFile).sorted().toList();
					}
					for (Path file : files) {
						String key = "library/" + library.relativize(file).toString().replace('\\', '/');
						try (InputStream in = Files.newInputStream(file)) {
							registered.put(key, registration.register(in, file.getFileName().toString(),
									new DocumentMetadata(title(file), "other", AccessLevel.PUBLIC, null, null, null, null,
											null, null, null, null))
								.id());
						}
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				IngestAwait.untilIdle(context, INGEST_TIMEOUT);
				ids = Collections.unmodifiableMap(registered);
			}
			return ids;
		}
	}

	/** A readable title from a corpus file name: "praca-sezonowa.md" → "praca sezonowa". */
	public static String title(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot > 0 ? name.substring(0, dot) : name).replaceAll("[-_]+", " ").strip();
	}
}
