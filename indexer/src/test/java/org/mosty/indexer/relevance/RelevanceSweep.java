package org.mosty.indexer.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.Test;
import org.mosty.testing.IndexedLibrary;
import org.mosty.solr.SolrFields;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A sweep of {@code /search} settings over both judged sets in one indexing of the library, for
 * tuning (issue 17): {@code bench/parity --sweep FILE}. Each line of the file is one variant, Solr
 * parameters that override the handler's defaults, separated by {@code |} (for example
 * {@code tie=0|qf=title_pl^6 ... lexicon^3}); an empty variant ({@code -}) is the configset as it
 * is. For each it prints the parity ratios, nDCG@10 of the parallel set and of the 91-query set, and
 * how many same-language queries of the 91 show a document in another language first (the relevance
 * evaluation allows 5 %), and lists the needs that lose most across languages, with the ranks of
 * their answers, in {@code target/parity-sweep.md}. A tool, not a test of the suite: its name is
 * outside the integration tests' pattern, so it runs only when {@code bench/parity --sweep} names it.
 */
class RelevanceSweep extends IndexedLibrary {

	/** A need asked in another language counts as a loss when it is this much below its own language. */
	private static final double LOSS = 0.15;

	@Autowired
	SolrClient mosty;

	private final Map<String, String> keys = new HashMap<>();

	private final Map<String, String> languages = new HashMap<>();

	@Test
	void sweep() throws Exception {
		library().forEach((key, id) -> keys.put(id, key));
		mosty.commit();
		rememberLanguages();
		List<ParallelNeed> needs = ParallelNeed.load();
		List<JudgedQuery> judged = JudgedQuery.load();
		String file = System.getProperty("mosty.sweep");
		assertThat(file).as("the variants file: bench/parity --sweep FILE (-Dmosty.sweep=FILE)").isNotBlank();
		List<String> variants = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)
			.stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.toList();
		assertThat(variants).as("variants in " + file).isNotEmpty();

		StringBuilder table = new StringBuilder("# Relevance sweep (bench/parity --sweep)\n\n")
			.append("| # | min parity | pl>uk | pl>en | uk>pl | uk>en | en>pl | en>uk | parallel nDCG@10 | 91-query nDCG@10 | other language first |\n")
			.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
		StringBuilder losses = new StringBuilder();
		for (int v = 0; v < variants.size(); v++) {
			Map<String, String> params = params(variants.get(v));
			Map<String, Map<String, List<String>>> rankings = new HashMap<>();
			for (ParallelNeed need : needs) {
				Map<String, List<String>> byLanguage = new HashMap<>();
				for (String language : ParallelNeed.LANGUAGES) {
					byLanguage.put(language, rank(params, need.queries().get(language)));
				}
				rankings.put(need.id(), byLanguage);
			}
			ParityScores scores = new ParityScores(needs, languages, rankings);
			StringBuilder pairs = new StringBuilder();
			for (String query : ParallelNeed.LANGUAGES) {
				for (String answer : ParallelNeed.LANGUAGES) {
					if (!query.equals(answer)) {
						pairs.append(String.format(Locale.ROOT, " | %.3f", scores.parity(query, answer)));
					}
				}
			}
			double ndcg91 = 0;
			int otherFirst = 0;
			for (JudgedQuery query : judged) {
				List<String> ranking = rank(params, query.query());
				ndcg91 += RankingMetrics.ndcg(ParityScores.top(ranking), query.grades(), ParityScores.K);
				if (!query.kind().equals("cross") && !ranking.isEmpty() && !query.language().equals(languages.get(ranking.get(0)))) {
					otherFirst++;
				}
			}
			ndcg91 /= judged.size();
			table.append(String.format(Locale.ROOT, "| %d | %.3f%s | %.3f | %.3f | %d |%n", v + 1, scores.minParity(), pairs,
					scores.overall(), ndcg91, otherFirst));
			losses.append("\n## ").append(v + 1).append(": `").append(variants.get(v)).append("`\n\n");
			losses(scores, losses);
		}
		String report = table + "\nVariants:\n\n" + numbered(variants) + losses;
		System.out.println(report);
		Files.writeString(Path.of("target", "parity-sweep.md"), report, StandardCharsets.UTF_8);
	}

	private static Map<String, String> params(String variant) {
		Map<String, String> params = new LinkedHashMap<>();
		if (variant.strip().equals("-")) {
			return params;
		}
		for (String part : variant.split("\\|")) {
			int eq = part.indexOf('=');
			assertThat(eq).as("not name=value: " + part).isPositive();
			params.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
		}
		return params;
	}

	private static String numbered(List<String> variants) {
		StringBuilder out = new StringBuilder();
		for (int v = 0; v < variants.size(); v++) {
			out.append(v + 1).append(". `").append(variants.get(v)).append("`\n");
		}
		return out.toString();
	}

	/** The needs asked in another language that fall well below the same need asked in the answers' language. */
	private void losses(ParityScores scores, StringBuilder out) {
		for (ParallelNeed need : scores.needs()) {
			for (String answer : ParallelNeed.LANGUAGES) {
				double own = scores.ndcg(need, answer, answer);
				for (String query : ParallelNeed.LANGUAGES) {
					double other = query.equals(answer) || Double.isNaN(own) ? Double.NaN : scores.ndcg(need, query, answer);
					if (!Double.isNaN(other) && own - other > LOSS) {
						List<String> ranking = scores.ranking(need, query);
						out.append(String.format(Locale.ROOT, "- %s %s>%s %.2f (asked in %s %.2f) `%s`; answers at", need.id(), query,
								answer, other, answer, own, need.queries().get(query)));
						scores.answers(need, answer).keySet().forEach(key -> {
							int rank = ranking.indexOf(key) + 1;
							out.append(' ').append(rank == 0 ? "-" : Integer.toString(rank));
						});
						out.append("; first ").append(ranking.isEmpty() ? "-" : languages.get(ranking.get(0)) + " " + ranking.get(0)).append('\n');
					}
				}
			}
		}
	}

	private void rememberLanguages() throws Exception {
		SolrQuery everything = new SolrQuery("*:*");
		everything.setRows(100_000);
		everything.setFields(SolrFields.ID, SolrFields.LANGUAGE);
		for (SolrDocument doc : mosty.query(everything).getResults()) {
			Object language = doc.getFieldValue(SolrFields.LANGUAGE);
			if (language != null) {
				String id = (String) doc.getFieldValue(SolrFields.ID);
				languages.put(keys.getOrDefault(id, id), (String) language);
			}
		}
	}

	private List<String> rank(Map<String, String> params, String q) throws Exception {
		SolrQuery query = new SolrQuery(q);
		query.setRequestHandler(SolrFields.SEARCH_HANDLER);
		query.setRows(3 * ParityScores.K);
		query.setFields(SolrFields.ID);
		query.set("hl", false);
		query.set("facet", false);
		query.set("spellcheck", false);
		params.forEach(query::set);
		List<String> ranking = new ArrayList<>();
		for (SolrDocument doc : mosty.query(query).getResults()) {
			String id = (String) doc.getFieldValue(SolrFields.ID);
			ranking.add(keys.getOrDefault(id, id));
		}
		return ranking;
	}
}
