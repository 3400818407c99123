package org.mosty.solr.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.core.CoreContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Starts an in-JVM Solr whose single core is built from the Mosty configset on the class path.
 * The configset is copied into the core's {@code conf} folder on every start, so an upgraded
 * Mosty always runs its own schema; the index data stays.
 */
public final class EmbeddedSolr {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedSolr.class);

	static final String CONFIGSET = "solr/configsets/mosty/conf/";

	private static final String SOLR_XML = """
			<?xml version="1.0" encoding="UTF-8"?>
			<solr>
			  <str name="sharedLib">${solr.sharedLib:}</str>
			</solr>
			""";

	private EmbeddedSolr() {
	}

	/** Creates the Solr home and core if needed and returns a client bound to the core. */
	public static EmbeddedSolrServer start(Path solrHome, String core) throws IOException {
		Path coreDir = solrHome.resolve(core);
		Files.createDirectories(coreDir);
		Files.writeString(solrHome.resolve("solr.xml"), SOLR_XML, StandardCharsets.UTF_8);
		installConfigset(coreDir.resolve("conf"));
		Files.writeString(coreDir.resolve("core.properties"), "name=" + core + "\n", StandardCharsets.UTF_8);

		long started = System.nanoTime();
		CoreContainer container = new CoreContainer(solrHome, new java.util.Properties());
		container.load();
		if (!container.getLoadedCoreNames().contains(core)) {
			var failure = container.getCoreInitFailures().get(core);
			container.shutdown();
			throw new IllegalStateException("Solr core '" + core + "' did not load from " + coreDir,
					failure == null ? null : failure.exception);
		}
		log.info("Embedded Solr core '{}' ready in {} ms at {}", core, (System.nanoTime() - started) / 1_000_000,
				coreDir);
		return new EmbeddedSolrServer(container, core);
	}

	/** Copies every file of the configset from the class path (jar or folder) into {@code conf}. */
	static void installConfigset(Path conf) throws IOException {
		var resolver = new PathMatchingResourcePatternResolver(EmbeddedSolr.class.getClassLoader());
		Resource[] resources = resolver.getResources("classpath*:" + CONFIGSET + "**");
		int copied = 0;
		for (Resource resource : resources) {
			if (!resource.isReadable()) {
				continue; // a directory entry
			}
			String url = resource.getURL().toString();
			int at = url.lastIndexOf(CONFIGSET);
			String relative = url.substring(at + CONFIGSET.length());
			if (relative.isEmpty() || relative.endsWith("/")) {
				continue;
			}
			Path target = conf.resolve(relative).normalize();
			if (!target.startsWith(conf)) {
				throw new IllegalStateException("Configset entry outside conf: " + relative);
			}
			Files.createDirectories(target.getParent());
			try (InputStream in = resource.getInputStream()) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			}
			copied++;
		}
		if (copied == 0) {
			throw new IllegalStateException("The Mosty configset is not on the class path: " + CONFIGSET);
		}
	}
}
