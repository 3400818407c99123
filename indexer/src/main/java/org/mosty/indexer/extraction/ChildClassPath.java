package org.mosty.indexer.extraction;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The class path of the extraction child JVMs. From Maven, an IDE or the extracted application
 * ({@code web/target/mosty/mosty.jar}, whose manifest lists {@code lib/}) it is this JVM's class
 * path. Inside a Spring Boot fat jar ({@code java -jar mosty.jar}) that class path is the jar alone and
 * a child could not find Tika's {@code PipesServer}: the jar's nested libraries and classes are
 * then unpacked once to {@code <data-dir>/tika-classpath/<jar fingerprint>/}.
 */
public final class ChildClassPath {

	private static final Logger log = LoggerFactory.getLogger(ChildClassPath.class);

	private static final String LIB = "BOOT-INF/lib/";

	private static final String CLASSES = "BOOT-INF/classes/";

	// big libraries no Tika parser needs: the language models and the search engine
	private static final List<String> NOT_NEEDED = List.of("lingua-", "solr-core-", "lucene-", "h2-",
			"tomcat-embed-", "thymeleaf", "kotlin-stdlib");

	private ChildClassPath() {
	}

	public static String resolve(Path dataDir) {
		String classPath = System.getProperty("java.class.path");
		if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
			return classPath;
		}
		Path jar = Path.of(classPath).toAbsolutePath();
		try (JarFile jarFile = new JarFile(jar.toFile())) {
			if (jarFile.getEntry(LIB) == null && jarFile.stream().noneMatch(e -> e.getName().startsWith(LIB))) {
				return classPath; // a plain jar, for example a surefire booter with a Class-Path manifest
			}
			Path base = dataDir.resolve("tika-classpath");
			String fingerprint = Long.toHexString(Files.size(jar)) + "-"
					+ Long.toHexString(Files.getLastModifiedTime(jar).toMillis());
			Path target = base.resolve(fingerprint);
			if (!Files.isRegularFile(target.resolve("complete"))) {
				removeOthers(base);
				unpack(jarFile, target);
				Files.writeString(target.resolve("complete"), jar.toString(), StandardCharsets.UTF_8);
				log.info("Unpacked the extraction class path from {} to {}", jar.getFileName(), target);
			}
			return target.resolve("classes") + File.pathSeparator + target.resolve("lib") + File.separator + "*";
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare the class path of the extraction processes from " + jar,
					ex);
		}
	}

	private static void unpack(JarFile jar, Path target) throws IOException {
		Files.createDirectories(target.resolve("lib"));
		Files.createDirectories(target.resolve("classes"));
		Enumeration<JarEntry> entries = jar.entries();
		while (entries.hasMoreElements()) {
			JarEntry entry = entries.nextElement();
			String name = entry.getName();
			Path out;
			if (name.startsWith(LIB) && name.endsWith(".jar") && name.indexOf('/', LIB.length()) < 0) {
				String file = name.substring(LIB.length());
				if (NOT_NEEDED.stream().anyMatch(file::startsWith)) {
					continue;
				}
				out = target.resolve("lib").resolve(file);
			}
			else if (name.startsWith(CLASSES) && !entry.isDirectory()) {
				out = target.resolve("classes").resolve(name.substring(CLASSES.length())).normalize();
				if (!out.startsWith(target.resolve("classes"))) {
					continue;
				}
				Files.createDirectories(out.getParent());
			}
			else {
				continue;
			}
			try (InputStream in = jar.getInputStream(entry)) {
				Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	private static void removeOthers(Path base) throws IOException {
		if (!Files.isDirectory(base)) {
			return;
		}
		try (Stream<Path> old = Files.walk(base)) {
			old.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(base)).forEach(path -> {
				try {
					Files.deleteIfExists(path);
				}
				catch (IOException ex) {
					log.warn("Could not remove the old extraction class path file {}", path);
				}
			});
		}
	}
}
