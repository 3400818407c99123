package org.mosty.indexer.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.schema.IndexSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mosty.solr.Glossary;
import org.mosty.solr.Lexicon;
import org.mosty.solr.internal.EmbeddedSolr;
import org.mosty.testing.Corpus;

/**
 * Issue 17: how much of the libraries' vocabulary the trilingual lexicon ({@code lang/lexicon.tsv})
 * translates. For each language, the share of content-word occurrences (by frequency) of the
 * sample library and {@code ../shared/corpus/library} that the real schema's {@code lexicon} field
 * turns into an entry id (words counted under their lemma, as the language field lemmatises them). Writes the figures and the most
 * frequent lemmas it lacks to {@code target/lexicon-coverage.md} (the list to translate next).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LexiconCoverageTests {

	static final double GOAL = 0.85;

	private EmbeddedSolrServer solr;

	private final Map<String, double[]> coverage = new LinkedHashMap<>();

	@BeforeAll
	void measure() throws IOException {
		Path corpus = Corpus.require();
		solr = EmbeddedSolr.start(Files.createTempDirectory("mosty-lexicon"), "mosty");
		IndexSchema schema;
		try (SolrCore core = solr.getCoreContainer().getCore("mosty")) {
			schema = core.getLatestSchema();
		}
		Map<String, Analyzer> analyzers = new LinkedHashMap<>();
		for (String language : Glossary.LANGUAGES) {
			analyzers.put(language, schema.getFieldTypeByName("text_" + language).getIndexAnalyzer());
		}
		LibraryVocabulary vocabulary = new LibraryVocabulary(analyzers)
			.addAll(Path.of("src/main/resources/samples"))
			.addAll(corpus.resolve("library"));
		Analyzer lexicon = schema.getFieldTypeByName("lexicon").getIndexAnalyzer();
		int entries = Lexicon.load().concepts().size();
		StringBuilder report = new StringBuilder("# Lexicon coverage of the libraries' content words\n\n")
			.append("Lexicon entries: ").append(entries).append("\n\n")
			.append("| language | content words | distinct lemmas | covered share |\n|---|---|---|---|\n");
		StringBuilder missing = new StringBuilder();
		for (String language : Glossary.LANGUAGES) {
			Map<String, Integer> uncovered = new HashMap<>();
			Map<String, String> examples = new HashMap<>();
			Set<String> lemmas = new HashSet<>();
			long total = 0;
			long covered = 0;
			for (Map.Entry<String, Integer> entry : vocabulary.counts().get(language).entrySet()) {
				String[] key = entry.getKey().split("\t");
				lemmas.add(key[0]);
				total += entry.getValue();
				// covered: the lexicon field, which analyses the word as Solr does, makes an entry id of it
				if (!terms(lexicon, key[1]).isEmpty()) {
					covered += entry.getValue();
				}
				else {
					uncovered.merge(key[0], entry.getValue(), Integer::sum);
					examples.merge(key[0], key[1], (a, b) -> a.length() > 40 ? a : a + " " + b);
				}
			}
			double share = total == 0 ? 0 : (double) covered / total;
			coverage.put(language, new double[] { share, total });
			report.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f |%n", language, total, lemmas.size(), share));
			missing.append("\n## ").append(language).append(": most frequent lemmas the lexicon lacks\n\n");
			uncovered.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
					.thenComparing(Map.Entry.comparingByKey()))
				.limit(Integer.getInteger("mosty.lexicon.missing", 60))
				.forEach(entry -> missing.append(entry.getValue()).append('\t').append(entry.getKey()).append('\t')
					.append(examples.get(entry.getKey())).append('\n'));
		}
		String text = report.append(missing).toString();
		System.out.println(text);
		Files.writeString(Path.of("target", "lexicon-coverage.md"), text, StandardCharsets.UTF_8);
	}

	@AfterAll
	void stop() throws IOException {
		if (solr != null) {
			solr.close();
		}
	}

	@Test
	void theLexiconCoversMostContentWordsOfEveryLanguage() {
		coverage.forEach((language, figures) -> {
			assertThat(figures[1]).as(language + " content words").isGreaterThan(5_000);
			assertThat(figures[0]).as(language + " coverage").isGreaterThanOrEqualTo(GOAL);
		});
	}

	private static List<String> terms(Analyzer analyzer, String text) {
		List<String> result = new java.util.ArrayList<>();
		try (org.apache.lucene.analysis.TokenStream stream = analyzer.tokenStream("f", text)) {
			org.apache.lucene.analysis.tokenattributes.CharTermAttribute term = stream
				.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				result.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return result;
	}
}
