package org.mosty.solr.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.schema.IndexSchema;
import org.mosty.solr.internal.EmbeddedSolr;

/**
 * The real Mosty schema, loaded once per test JVM from the configset by an embedded core, so tests
 * analyse text with exactly the field types Solr uses.
 */
public final class MostySchema {

	private static IndexSchema schema;

	private MostySchema() {
	}

	public static synchronized IndexSchema get() {
		if (schema == null) {
			try {
				Path home = Files.createTempDirectory("mosty-schema");
				EmbeddedSolrServer server = EmbeddedSolr.start(home, "mosty");
				try (SolrCore core = server.getCoreContainer().getCore("mosty")) {
					schema = core.getLatestSchema();
				}
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						server.close();
					}
					catch (IOException ignored) {
						// shutting down anyway
					}
				}));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return schema;
	}

	public static Analyzer indexAnalyzer(String fieldType) {
		return get().getFieldTypeByName(fieldType).getIndexAnalyzer();
	}

	public static Analyzer queryAnalyzer(String fieldType) {
		return get().getFieldTypeByName(fieldType).getQueryAnalyzer();
	}

	/** The terms an analyser makes of a text, in order (stacked terms included). */
	public static List<String> terms(Analyzer analyzer, String text) {
		List<String> result = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				result.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return result;
	}
}
