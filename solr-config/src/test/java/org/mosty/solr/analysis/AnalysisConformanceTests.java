package org.mosty.solr.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.morfologik.MorfologikAnalyzer;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Replays Lucene's own Polish and Ukrainian analyser test vectors
 * ({@code ../shared/corpus/conformance/lucene-analysis-vectors}) through the stock Lucene 9.12
 * analysers and through Mosty's field types:
 * <ul>
 * <li>{@code text_uk} is Lucene's UkrainianMorfologikAnalyzer itself and must give exactly the
 * expected tokens;</li>
 * <li>{@code text_pl} is Lucene's Morfologik chain plus lower-casing (so "Poznań" and a typed
 * "poznań" meet), duplicate removal within a position, and Polish stop words; it must give the
 * expected tokens lower-cased, without repeats at one position;</li>
 * <li>the Stempel rows (not used by Mosty, which prefers Morfologik lemmas) are checked against stock
 * Lucene only; PolishSnowballAnalyzer is not part of Lucene 9.12 and is reported as such.</li>
 * </ul>
 */
class AnalysisConformanceTests {

	record Vector(String analyzer, String input, List<String> expected, String method) {
	}

	@Test
	void luceneVectorsReplayThroughStockAnalysersAndOurFieldTypes() throws IOException {
		Path file = SharedCorpus.require("conformance")
			.resolve("lucene-analysis-vectors/lucene_pl_uk_analyzer_vectors.tsv");
		List<Vector> vectors = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).subList(1, Files.readAllLines(file,
				StandardCharsets.UTF_8).size())) {
			String[] cols = line.split("\t", -1);
			List<String> expected = cols[2].isEmpty() ? List.of() : Arrays.asList(cols[2].split("\\|"));
			vectors.add(new Vector(cols[0], cols[1], expected, cols[3]));
		}
		Analyzer textPl = MostySchema.indexAnalyzer("text_pl");
		Analyzer textUk = MostySchema.indexAnalyzer("text_uk");
		List<String> failures = new ArrayList<>();
		StringBuilder report = new StringBuilder("\nLucene analysis vectors\n\n| analyser | input | stock Lucene 9.12 | Mosty field type |\n|---|---|---|---|\n");
		int ours = 0;
		int stockChecked = 0;
		for (Vector vector : vectors) {
			String stock;
			String mosty = "-";
			if (vector.analyzer().contains("PolishSnowballAnalyzer")) {
				report.append(row(vector, "not in Lucene 9.12 (skipped)", mosty));
				continue;
			}
			List<String> stockTokens = stock(vector);
			stockChecked++;
			boolean stockOk = stockTokens.equals(expected(vector));
			stock = stockOk ? "match" : "DIFFERS " + stockTokens;
			if (!stockOk) {
				failures.add("stock " + vector + " gave " + stockTokens);
			}
			if (vector.analyzer().startsWith("org.apache.lucene.analysis.uk.")) {
				List<String> tokens = MostySchema.terms(textUk, vector.input());
				mosty = tokens.equals(vector.expected()) ? "text_uk match" : "text_uk DIFFERS " + tokens;
				ours++;
				if (!tokens.equals(vector.expected())) {
					failures.add("text_uk " + vector + " gave " + tokens);
				}
			}
			else if (vector.analyzer().startsWith("org.apache.lucene.analysis.morfologik.MorfologikAnalyzer")
					&& !vector.analyzer().contains("SetKeywordMarkerFilter")) {
				List<String> expected = lowerCasedWithoutRepeats(expected(vector));
				List<String> tokens = MostySchema.terms(textPl, vector.input());
				mosty = tokens.equals(expected) ? "text_pl match" : "text_pl DIFFERS " + tokens;
				ours++;
				if (!tokens.equals(expected)) {
					failures.add("text_pl " + vector + " gave " + tokens + " expected " + expected);
				}
			}
			report.append(row(vector, stock, mosty));
		}
		System.out.println(report);
		Files.writeString(Path.of("target", "analysis-vectors-report.md"), report, StandardCharsets.UTF_8);
		assertThat(stockChecked).isGreaterThanOrEqualTo(25);
		assertThat(ours).isGreaterThanOrEqualTo(15);
		assertThat(failures).isEmpty();
	}

	private static String row(Vector vector, String stock, String mosty) {
		String name = vector.analyzer().substring(vector.analyzer().lastIndexOf('.', vector.analyzer().indexOf(' ') < 0
				? vector.analyzer().length() : vector.analyzer().indexOf(' ')) + 1);
		return "| " + name.replaceAll(" \\(.*", "") + " | " + vector.input() + " | " + stock + " | " + mosty + " |\n";
	}

	/** Expected tokens; for the POS-attribute row only the lemmas (tags are not indexed). */
	private static List<String> expected(Vector vector) {
		return vector.expected().stream().map(token -> token.replaceAll("\\{.*\\}$", "")).toList();
	}

	private static List<String> lowerCasedWithoutRepeats(List<String> tokens) {
		List<String> result = new ArrayList<>();
		for (String token : tokens) {
			String lower = token.toLowerCase(Locale.ROOT);
			if (!result.contains(lower)) {
				result.add(lower);
			}
		}
		return result;
	}

	private static List<String> stock(Vector vector) throws IOException {
		String analyzer = vector.analyzer();
		if (analyzer.startsWith("org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer")) {
			try (Analyzer stock = new UkrainianMorfologikAnalyzer()) {
				return MostySchema.terms(stock, vector.input());
			}
		}
		if (analyzer.startsWith("org.apache.lucene.analysis.morfologik.MorfologikAnalyzer")) {
			if (analyzer.contains("SetKeywordMarkerFilter")) {
				try (Analyzer stock = new Analyzer() {
					@Override
					protected TokenStreamComponents createComponents(String field) {
						Tokenizer source = new StandardTokenizer();
						TokenStream result = new SetKeywordMarkerFilter(source,
								new CharArraySet(List.of("liście"), false));
						return new TokenStreamComponents(source, new MorfologikFilter(result));
					}
				}) {
					return MostySchema.terms(stock, vector.input());
				}
			}
			try (Analyzer stock = new MorfologikAnalyzer()) {
				return MostySchema.terms(stock, vector.input());
			}
		}
		if (analyzer.startsWith("org.apache.lucene.analysis.pl.PolishAnalyzer")) {
			CharArraySet exclusions = analyzer.contains("stem-exclusion")
					? new CharArraySet(List.of("studenta"), false) : CharArraySet.EMPTY_SET;
			try (Analyzer stock = new PolishAnalyzer(PolishAnalyzer.getDefaultStopSet(), exclusions)) {
				return MostySchema.terms(stock, vector.input());
			}
		}
		if (analyzer.startsWith("org.apache.lucene.analysis.stempel.StempelPolishStemFilterFactory")) {
			try (Analyzer stock = CustomAnalyzer.builder()
				.withTokenizer("whitespace")
				.addTokenFilter("stempelPolishStem")
				.build()) {
				return MostySchema.terms(stock, vector.input());
			}
		}
		throw new IllegalStateException("No stock analyser for " + analyzer);
	}
}
