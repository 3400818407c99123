package org.mosty.indexer.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.CoreContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.testing.IndexedLibrary;
import org.mosty.solr.SolrFields;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * The relevance evaluation (issue 3): the judged query set ({@code relevance/queries.tsv}) over the
 * sample library plus {@code ../shared/corpus/library}, run against Mosty's {@code /search} and
 * against a baseline core holding the same documents in one default {@code text_general} field.
 * Prints nDCG@10, MRR@10 and recall@10 overall, per kind and per language, writes the report to
 * {@code target/relevance-report.md}, and fails if Mosty falls under the goals.
 * <p>
 * Run it alone with {@code bench/relevance}.
 */
class RelevanceEvaluationIntegrationTests extends IndexedLibrary {

	static final int K = 10;

	@Autowired
	Catalogue catalogue;

	@Autowired
	SolrClient mosty;

	private EmbeddedSolrServer baseline;

	/** judged document key (sample file or library/...) → catalogue id, and back */
	private final Map<String, String> ids = new LinkedHashMap<>();

	private final Map<String, String> keys = new LinkedHashMap<>();

	/** judged document key → its dominant language in Mosty's index */
	private final Map<String, String> languages = new LinkedHashMap<>();

	private List<Result> results;

	@BeforeAll
	void indexBothWays() throws Exception {
		library().forEach(this::remember);

		baseline = startBaseline(Files.createTempDirectory("mosty-baseline"));
		List<SolrInputDocument> docs = new ArrayList<>();
		for (String id : ids.values()) {
			CatalogueDocument doc = catalogue.findById(id).orElseThrow();
			if (doc.status() != DocumentStatus.INDEXED) {
				continue;
			}
			SolrInputDocument input = new SolrInputDocument();
			input.setField("id", id);
			input.addField("text", doc.metadata().title());
			if (doc.metadata().description() != null) {
				input.addField("text", doc.metadata().description());
			}
			input.addField("text", catalogue.text(id).orElse(""));
			docs.add(input);
		}
		baseline.add(docs);
		baseline.commit();
		mosty.commit();

		results = new ArrayList<>();
		for (JudgedQuery query : JudgedQuery.load()) {
			results.add(new Result(query, rank(mosty, SolrFields.SEARCH_HANDLER, query.query()),
					rank(baseline, "/select", query.query())));
		}
		String report = report(results);
		System.out.println(report);
		Files.writeString(Path.of("target", "relevance-report.md"), report, StandardCharsets.UTF_8);
	}

	@AfterAll
	void stopBaseline() throws IOException {
		if (baseline != null) {
			baseline.close();
		}
	}

	@Test
	void everyJudgedDocumentIsIndexed() throws IOException {
		List<String> missing = new ArrayList<>();
		for (JudgedQuery query : JudgedQuery.load()) {
			for (String key : query.grades().keySet()) {
				String id = ids.get(key);
				if (id == null || catalogue.findById(id).orElseThrow().status() != DocumentStatus.INDEXED) {
					missing.add(query.id() + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void mostyBeatsTheBaselineByAtLeast015Ndcg() {
		Summary mostySummary = Summary.of(results, result -> true, true);
		Summary baselineSummary = Summary.of(results, result -> true, false);
		assertThat(mostySummary.ndcg()).as("nDCG@10 Mosty vs baseline " + baselineSummary.ndcg())
			.isGreaterThanOrEqualTo(baselineSummary.ndcg() + 0.15);
	}

	@Test
	void crossLanguageRecallIsAtLeast07() {
		assertThat(Summary.of(results, result -> result.query().kind().equals("cross"), true).recall())
			.isGreaterThanOrEqualTo(0.7);
	}

	@Test
	void eachLanguagesUsersFindTheirInflectedFormsOnTheFirstPage() {
		for (String language : List.of("pl", "uk", "en")) {
			Summary inflected = Summary.of(results,
					result -> result.query().kind().equals("inflected") && result.query().language().equals(language),
					true);
			assertThat(inflected.mrr()).as(language + " inflected MRR@10").isGreaterThanOrEqualTo(0.8);
		}
	}

	/**
	 * Cross-language matches rank below same-language ones: for the queries that are not
	 * cross-language, Mosty's first hit is a document in the query's language.
	 */
	@Test
	void theFirstHitIsInTheQuerysLanguage() {
		List<String> others = new ArrayList<>();
		int checked = 0;
		for (Result result : results) {
			if (result.query().kind().equals("cross") || result.mosty().isEmpty()) {
				continue;
			}
			checked++;
			String first = result.mosty().get(0);
			if (!result.query().language().equals(languages.get(first))) {
				others.add(result.query().id() + " -> " + first + " (" + languages.get(first) + ")");
			}
		}
		assertThat(checked).isGreaterThan(50);
		assertThat(others).as("first hits in another language").hasSizeLessThanOrEqualTo(checked / 20);
	}

	private void remember(String key, String id) {
		ids.put(key, id);
		keys.put(id, key);
	}

	private List<String> rank(SolrClient client, String handler, String q) throws Exception {
		SolrQuery query = new SolrQuery(q);
		query.setRequestHandler(handler);
		query.setRows(K);
		query.setFields(SolrFields.ID, SolrFields.LANGUAGE);
		query.set("hl", false);
		query.set("facet", false);
		List<String> ranking = new ArrayList<>();
		for (SolrDocument doc : client.query(query).getResults()) {
			String id = (String) doc.getFieldValue(SolrFields.ID);
			ranking.add(keys.getOrDefault(id, id));
			if (doc.getFieldValue(SolrFields.LANGUAGE) != null) {
				languages.putIfAbsent(keys.getOrDefault(id, id), (String) doc.getFieldValue(SolrFields.LANGUAGE));
			}
		}
		return ranking;
	}

	private static EmbeddedSolrServer startBaseline(Path home) throws IOException {
		Path conf = home.resolve("baseline").resolve("conf");
		Files.createDirectories(conf);
		for (String file : List.of("schema.xml", "solrconfig.xml")) {
			try (InputStream in = new ClassPathResource("relevance/baseline/conf/" + file).getInputStream()) {
				Files.copy(in, conf.resolve(file));
			}
		}
		Files.writeString(home.resolve("solr.xml"), "<solr/>", StandardCharsets.UTF_8);
		Files.writeString(home.resolve("baseline").resolve("core.properties"), "name=baseline\n",
				StandardCharsets.UTF_8);
		CoreContainer container = new CoreContainer(home, new Properties());
		container.load();
		return new EmbeddedSolrServer(container, "baseline");
	}

	record Result(JudgedQuery query, List<String> mosty, List<String> baseline) {
	}

	record Summary(int queries, double ndcg, double mrr, double recall) {

		static Summary of(List<Result> results, Predicate<Result> filter, boolean mosty) {
			List<Result> chosen = results.stream().filter(filter).toList();
			double ndcg = 0;
			double mrr = 0;
			double recall = 0;
			for (Result result : chosen) {
				List<String> ranking = mosty ? result.mosty() : result.baseline();
				ndcg += RankingMetrics.ndcg(ranking, result.query().grades(), K);
				mrr += RankingMetrics.reciprocalRank(ranking, result.query().grades(), K);
				recall += RankingMetrics.recall(ranking, result.query().grades(), K);
			}
			int n = Math.max(1, chosen.size());
			return new Summary(chosen.size(), ndcg / n, mrr / n, recall / n);
		}
	}

	static String report(List<Result> results) {
		StringBuilder out = new StringBuilder();
		out.append("| slice | queries | nDCG@10 Mosty | nDCG@10 baseline | MRR@10 Mosty | MRR@10 baseline | recall@10 Mosty | recall@10 baseline |\n");
		out.append("|---|---|---|---|---|---|---|---|\n");
		Map<String, Predicate<Result>> slices = new LinkedHashMap<>();
		slices.put("**all**", result -> true);
		for (String kind : List.of("inflected", "phrase", "typo", "cross")) {
			slices.put("kind: " + kind, result -> result.query().kind().equals(kind));
		}
		for (String language : List.of("pl", "uk", "en")) {
			slices.put("language: " + language, result -> result.query().language().equals(language));
		}
		slices.forEach((name, filter) -> {
			Summary m = Summary.of(results, filter, true);
			Summary b = Summary.of(results, filter, false);
			out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", name,
					m.queries(), m.ndcg(), b.ndcg(), m.mrr(), b.mrr(), m.recall(), b.recall()));
		});
		out.append("\nPer query (nDCG@10 Mosty / baseline; first hit of each):\n\n");
		for (Result result : results) {
			JudgedQuery query = result.query();
			out.append(String.format(Locale.ROOT, "- %s `%s`: %.2f / %.2f — Mosty #1 %s; baseline #1 %s%n", query.id(),
					query.query(), RankingMetrics.ndcg(result.mosty(), query.grades(), K),
					RankingMetrics.ndcg(result.baseline(), query.grades(), K),
					result.mosty().isEmpty() ? "-" : result.mosty().get(0),
					result.baseline().isEmpty() ? "-" : result.baseline().get(0)));
		}
		return out.toString();
	}
}
