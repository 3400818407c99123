package org.mosty.indexer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.springframework.util.FileSystemUtils;

/**
 * A standalone Solr 9 server (Jetty, as {@code bin/solr} runs it) inside the benchmark's JVM,
 * with cores made from Mosty's configset in a Solr home that is laid out like the embedded one
 * ({@code <data-dir>/solr/<core>/conf}), so the application can later open the same index in
 * embedded mode. Requests pass {@link SolrRequestCapture}.
 */
final class BenchSolr implements AutoCloseable {

	static final Path CONFIGSET = Path.of("solr-config", "src", "main", "resources", "solr", "configsets", "mosty",
			"conf");

	private final JettySolrRunner jetty;

	private BenchSolr(JettySolrRunner jetty) {
		this.jetty = jetty;
	}

	/**
	 * Starts Solr on a free loopback port with the given cores; {@code freshCores} lose their
	 * index first.
	 */
	static BenchSolr start(Path solrHome, java.util.List<String> cores, java.util.List<String> freshCores)
			throws Exception {
		Files.createDirectories(solrHome);
		Files.writeString(solrHome.resolve("solr.xml"), "<solr/>", StandardCharsets.UTF_8);
		for (String core : cores) {
			Path coreDir = solrHome.resolve(core);
			if (freshCores.contains(core)) {
				FileSystemUtils.deleteRecursively(coreDir);
			}
			install(coreDir, core);
		}
		System.setProperty("solr.allowPaths", solrHome.toAbsolutePath().toString());
		JettySolrRunner jetty = new JettySolrRunner(solrHome.toAbsolutePath().toString(), new Properties(),
				JettyConfig.builder().setPort(0).withFilter(SolrRequestCapture.class, "/*").build());
		jetty.start();
		return new BenchSolr(jetty);
	}

	private static void install(Path coreDir, String core) throws IOException {
		if (!Files.isDirectory(CONFIGSET)) {
			throw new IllegalStateException("Run from the repository root: " + CONFIGSET + " is missing");
		}
		Path conf = coreDir.resolve("conf");
		FileSystemUtils.deleteRecursively(conf);
		FileSystemUtils.copyRecursively(CONFIGSET, conf);
		Files.writeString(coreDir.resolve("core.properties"), "name=" + core + "\n", StandardCharsets.UTF_8);
	}

	/** The base address, for example {@code http://127.0.0.1:41234/solr}. */
	String baseUrl() {
		return jetty.getBaseUrl().toString();
	}

	@Override
	public void close() throws Exception {
		jetty.stop();
	}
}
