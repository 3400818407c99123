package org.mosty.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.springframework.util.FileSystemUtils;

/**
 * A real Solr server over HTTP for the tests that need one outside the application (several
 * workers, a Solr outage): Jetty on a free port, one core {@code mosty} made from the real
 * configset of solr-config. Stop it with {@link JettySolrRunner#stop()}; start it again on the same
 * port with {@code start(true)}.
 */
public final class SolrServers {

	private SolrServers() {
	}

	public static JettySolrRunner startWithMostyCore(String name) throws Exception {
		Path solrHome = Path.of(TestDataDirs.fresh(name));
		Files.writeString(solrHome.resolve("solr.xml"), "<solr/>", StandardCharsets.UTF_8);
		FileSystemUtils.copyRecursively(
				Path.of("..", "solr-config", "src", "main", "resources", "solr", "configsets", "mosty", "conf"),
				solrHome.resolve("mosty").resolve("conf"));
		Files.writeString(solrHome.resolve("mosty").resolve("core.properties"), "name=mosty\n",
				StandardCharsets.UTF_8);
		System.setProperty("solr.allowPaths", solrHome.toString());
		JettySolrRunner jetty = new JettySolrRunner(solrHome.toString(), new Properties(),
				JettyConfig.builder().setPort(0).build());
		jetty.start();
		return jetty;
	}
}
