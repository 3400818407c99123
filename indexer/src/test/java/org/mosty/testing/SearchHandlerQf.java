package org.mosty.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code qf} of the {@code /search} handler as the configset's solrconfig.xml sets it, for the
 * benchmarks that send the same search with some fields left out (the parity ablation, the search
 * benchmark's translation A/B).
 */
public final class SearchHandlerQf {

	private SearchHandlerQf() {
	}

	/** The first qf of solrconfig.xml (the /search handler's), white space folded. */
	public static String configured() {
		try (InputStream in = SearchHandlerQf.class.getClassLoader()
			.getResourceAsStream("solr/configsets/mosty/conf/solrconfig.xml")) {
			if (in == null) {
				throw new IllegalStateException("solrconfig.xml is not on the class path");
			}
			Matcher qf = Pattern.compile("<str name=\"qf\">([^<]+)</str>")
				.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			if (!qf.find()) {
				throw new IllegalStateException("No qf in solrconfig.xml");
			}
			return qf.group(1).replaceAll("\\s+", " ").strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The configured qf without the named fields (whole field names only). */
	public static String without(String... fields) {
		return configured().replaceAll("\\b(" + String.join("|", fields) + ")\\^[0-9.]+", "")
			.replaceAll("\\s+", " ")
			.strip();
	}
}
