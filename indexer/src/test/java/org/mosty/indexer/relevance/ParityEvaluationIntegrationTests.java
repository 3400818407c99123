package org.mosty.indexer.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

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
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.testing.IndexedLibrary;
import org.mosty.indexer.editorial.StoredTextIndexer;
import org.mosty.solr.SolrFields;
import org.mosty.solr.cloud.ConfigsetArchive;
import org.mosty.testing.SearchHandlerQf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Language parity (issue 17): the parallel judged set ({@code relevance/parity.tsv}), every need
 * asked in Polish, Ukrainian and English, over the sample library plus
 * {@code ../shared/corpus/library}. For each pair (query language × answer language) it prints
 * nDCG@10 of the answers in the answer language (the relevant documents in the other languages
 * taken out of the ranking: they belong to the other pairs), and the parity ratio: a need asked in
 * another language than its answers' over the same need asked in their language.
 * <p>
 * Ablation in the same run: the same documents in two more cores of the same configset, one with
 * the glossary alone (places taken out of the concept synonyms, the lexicon emptied, names_latin out
 * of qf) and one with the glossary and the gazetteer (and names), next to Mosty's own core (with the
 * lexicon). Run it alone with {@code bench/parity}; the report goes to {@code target/parity-report.md}.
 */
class ParityEvaluationIntegrationTests extends IndexedLibrary {

	static final int K = ParityScores.K;

	static final List<String> LANGUAGES = ParallelNeed.LANGUAGES;

	static final List<String> STAGES = List.of("glossary", "+ gazetteer and names", "+ lexicon");

	@Autowired
	Catalogue catalogue;

	@Autowired
	SolrClient mosty;

	@Autowired
	StoredTextIndexer storedText;

	@Autowired
	PlatformTransactionManager transactions;

	private final Map<String, String> keys = new LinkedHashMap<>();

	private final Map<String, String> languages = new LinkedHashMap<>();

	private CoreContainer ablation;

	private List<ParallelNeed> needs;

	/** stage → the scores of its rankings */
	private final Map<String, ParityScores> scores = new LinkedHashMap<>();

	@BeforeAll
	void evaluate() throws Exception {
		library().forEach((key, id) -> keys.put(id, key));
		mosty.commit();
		needs = ParallelNeed.load();
		ablation = startAblationCores(Files.createTempDirectory("mosty-ablation"));
		Map<String, SolrClient> clients = new LinkedHashMap<>();
		clients.put(STAGES.get(0), new EmbeddedSolrServer(ablation, "glossary"));
		clients.put(STAGES.get(1), new EmbeddedSolrServer(ablation, "gazetteer"));
		clients.put(STAGES.get(2), mosty);
		copyDocuments(clients.get(STAGES.get(0)), clients.get(STAGES.get(1)));

		Map<String, String> qfs = Map.of(STAGES.get(0), SearchHandlerQf.without("names_latin", "lexicon"), STAGES.get(1),
				SearchHandlerQf.without("lexicon"), STAGES.get(2), "");
		for (String stage : STAGES) {
			Map<String, Map<String, List<String>>> byNeed = new LinkedHashMap<>();
			for (ParallelNeed need : needs) {
				Map<String, List<String>> byLanguage = new LinkedHashMap<>();
				for (String language : LANGUAGES) {
					byLanguage.put(language, rank(clients.get(stage), qfs.get(stage), need.queries().get(language)));
				}
				byNeed.put(need.id(), byLanguage);
			}
			scores.put(stage, new ParityScores(needs, languages, byNeed));
		}
		String report = report();
		System.out.println(report);
		Files.writeString(Path.of("target", "parity-report.md"), report, StandardCharsets.UTF_8);
	}

	@AfterAll
	void stopAblationCores() {
		if (ablation != null) {
			ablation.shutdown();
		}
	}

	@Test
	void atLeast60NeedsAtMostAThirdCarriedByTheGlossaryAlone() {
		assertThat(needs).hasSizeGreaterThanOrEqualTo(60);
		assertThat(needs.stream().filter(need -> need.crosses().equals("glossary")).count())
			.isLessThanOrEqualTo(needs.size() / 3);
		assertThat(needs.stream().map(ParallelNeed::crosses).distinct()).contains("place", "name", "words");
	}

	@Test
	void everyJudgedDocumentIsIndexed() {
		Map<String, String> ids = keys.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
		List<String> missing = new ArrayList<>();
		for (ParallelNeed need : needs) {
			for (String key : need.grades().keySet()) {
				String id = ids.get(key);
				if (id == null || catalogue.findById(id).orElseThrow().status() != DocumentStatus.INDEXED) {
					missing.add(need.id() + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/** Each part buys something: the lexicon lifts the weakest pair and the whole set over the glossary alone. */
	@Test
	void theLexiconAndTheGazetteerEachAddToTheGlossary() {
		assertThat(scores(STAGES.get(2)).minParity()).isGreaterThan(scores(STAGES.get(0)).minParity());
		assertThat(scores(STAGES.get(2)).overall()).isGreaterThan(scores(STAGES.get(1)).overall());
		assertThat(scores(STAGES.get(1)).overall()).isGreaterThan(scores(STAGES.get(0)).overall());
	}

	/**
	 * The goal of issue 17: a need asked in another language than its answers' finds them at least
	 * 0.90 as well as when asked in theirs, for each of the six pairs (0.907 for the weakest on
	 * 2026-12-07), and the whole set does not fall below today's 0.839.
	 */
	@Test
	void everyPairReachesTheParityGoal() {
		ParityScores last = scores(STAGES.get(2));
		for (String query : ParallelNeed.LANGUAGES) {
			for (String answer : ParallelNeed.LANGUAGES) {
				if (!query.equals(answer)) {
					assertThat(last.parity(query, answer)).as(query + ">" + answer).isGreaterThanOrEqualTo(0.90);
				}
			}
		}
		assertThat(last.overall()).isGreaterThanOrEqualTo(0.83);
	}

	// --- measuring

	private ParityScores scores(String stage) {
		return scores.get(stage);
	}

	private int needsAnsweredIn(String language) {
		return (int) needs.stream().filter(need -> need.grades().keySet().stream().anyMatch(key -> language.equals(languages.get(key)))).count();
	}

	private String report() {
		String last = STAGES.get(STAGES.size() - 1);
		StringBuilder out = new StringBuilder("# Language parity (bench/parity)\n\n");
		out.append(String.format(Locale.ROOT, "%d needs, each asked in pl, uk and en (%d queries); needs with answers in pl %d, uk %d, en %d.%n%n",
				needs.size(), 3 * needs.size(), needsAnsweredIn("pl"), needsAnsweredIn("uk"), needsAnsweredIn("en")));
		out.append("nDCG@10 of the answers in each language (rows: language of the question):\n\n| asked in \\ answers in | pl | uk | en |\n|---|---|---|---|\n");
		for (String query : LANGUAGES) {
			out.append("| ").append(query);
			for (String answer : LANGUAGES) {
				out.append(String.format(Locale.ROOT, " | %.3f", scores(last).pair(query, answer)));
			}
			out.append(" |\n");
		}
		out.append("\nParity (asked in another language / asked in the answers' language) and ablation:\n\n")
			.append("| stage | pl>uk | pl>en | uk>pl | uk>en | en>pl | en>uk | min | nDCG@10 all |\n|---|---|---|---|---|---|---|---|---|\n");
		for (String stage : STAGES) {
			out.append("| ").append(stage);
			for (String[] pair : PAIRS) {
				out.append(String.format(Locale.ROOT, " | %.3f", scores(stage).parity(pair[0], pair[1])));
			}
			out.append(String.format(Locale.ROOT, " | %.3f | %.3f |%n", scores(stage).minParity(), scores(stage).overall()));
		}
		out.append("\nnDCG@10 by what crosses the languages (all judgments, questions in every language):\n\n| crosses | needs | glossary | + gazetteer and names | + lexicon |\n|---|---|---|---|---|\n");
		for (String crosses : List.of("glossary", "place", "name", "words")) {
			List<ParallelNeed> chosen = needs.stream().filter(need -> need.crosses().equals(crosses)).toList();
			out.append("| ").append(crosses).append(" | ").append(chosen.size());
			for (String stage : STAGES) {
				out.append(String.format(Locale.ROOT, " | %.3f", scores(stage).overall(chosen)));
			}
			out.append(" |\n");
		}
		out.append("\nPer need (nDCG@10 asked in pl / uk / en; first hit of each):\n\n");
		ParityScores lexicon = scores(last);
		for (ParallelNeed need : needs) {
			out.append(String.format(Locale.ROOT, "- %s (%s) %.2f / %.2f / %.2f — `%s`: %s; `%s`: %s; `%s`: %s%n", need.id(),
					need.crosses(), lexicon.ndcg(need, "pl"), lexicon.ndcg(need, "uk"), lexicon.ndcg(need, "en"),
					need.queries().get("pl"), first(lexicon.ranking(need, "pl")), need.queries().get("uk"), first(lexicon.ranking(need, "uk")),
					need.queries().get("en"), first(lexicon.ranking(need, "en"))));
		}
		StringBuilder result = new StringBuilder("\nRESULT parity");
		for (String[] pair : PAIRS) {
			result.append(String.format(Locale.ROOT, " %s>%s=%.3f", pair[0], pair[1], scores(last).parity(pair[0], pair[1])));
		}
		result.append(String.format(Locale.ROOT, " min=%.3f needs=%d ndcg=%.3f", scores(last).minParity(), needs.size(), scores(last).overall()));
		return out.append(result).append('\n').toString();
	}

	private static final String[][] PAIRS = { { "pl", "uk" }, { "pl", "en" }, { "uk", "pl" }, { "uk", "en" }, { "en", "pl" },
			{ "en", "uk" } };

	private static String first(List<String> ranking) {
		return ranking.isEmpty() ? "-" : ranking.get(0);
	}

	// --- the cores

	private List<String> rank(SolrClient client, String qf, String q) throws Exception {
		SolrQuery query = new SolrQuery(q);
		query.setRequestHandler(SolrFields.SEARCH_HANDLER);
		query.setRows(3 * K);
		query.setFields(SolrFields.ID, SolrFields.LANGUAGE);
		query.set("hl", false);
		query.set("facet", false);
		query.set("spellcheck", false);
		if (!qf.isEmpty()) {
			query.set("qf", qf);
		}
		List<String> ranking = new ArrayList<>();
		for (SolrDocument doc : client.query(query).getResults()) {
			String id = (String) doc.getFieldValue(SolrFields.ID);
			String key = keys.getOrDefault(id, id);
			ranking.add(key);
			if (doc.getFieldValue(SolrFields.LANGUAGE) != null) {
				languages.putIfAbsent(key, (String) doc.getFieldValue(SolrFields.LANGUAGE));
			}
		}
		return ranking;
	}

	/** The same Solr documents Mosty's core has, built from the catalogue as the reindex builds them. */
	private void copyDocuments(SolrClient... targets) throws Exception {
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		List<SolrInputDocument> docs = new ArrayList<>();
		for (String id : keys.keySet()) {
			transaction.executeWithoutResult(status -> storedText.solrDocument(id).ifPresent(docs::add));
			SolrDocument stored = mosty.getById(id);
			if (stored != null && stored.getFieldValue(SolrFields.LANGUAGE) != null) {
				languages.put(keys.get(id), (String) stored.getFieldValue(SolrFields.LANGUAGE));
			}
		}
		for (SolrClient target : targets) {
			target.add(docs);
			target.commit();
		}
	}

	/**
	 * Two cores of Mosty's configset: "glossary" (concept synonyms without places, an empty lexicon)
	 * and "gazetteer" (an empty lexicon).
	 */
	private static CoreContainer startAblationCores(Path home) throws IOException {
		Map<String, byte[]> files = ConfigsetArchive.fromClassPath().files();
		UnaryOperator<String> withoutPlaces = text -> text.lines()
			.filter(line -> !line.contains("=> place-"))
			.collect(Collectors.joining("\n", "", "\n"));
		UnaryOperator<String> empty = text -> text.lines().filter(line -> line.startsWith("#")).collect(Collectors.joining("\n", "", "\n"));
		writeCore(home, "glossary", files, Map.of("lang/concept_synonyms.txt", withoutPlaces, "lang/lexicon_synonyms.txt", empty));
		writeCore(home, "gazetteer", files, Map.of("lang/lexicon_synonyms.txt", empty));
		Files.writeString(home.resolve("solr.xml"), "<solr/>", StandardCharsets.UTF_8);
		CoreContainer container = new CoreContainer(home, new Properties());
		container.load();
		assertThat(container.getLoadedCoreNames()).contains("glossary", "gazetteer");
		return container;
	}

	private static void writeCore(Path home, String name, Map<String, byte[]> files, Map<String, UnaryOperator<String>> changes)
			throws IOException {
		Path conf = home.resolve(name).resolve("conf");
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			Path target = conf.resolve(file.getKey());
			Files.createDirectories(target.getParent());
			UnaryOperator<String> change = changes.get(file.getKey());
			if (change == null) {
				Files.write(target, file.getValue());
			}
			else {
				Files.writeString(target, change.apply(new String(file.getValue(), StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
			}
		}
		Files.writeString(home.resolve(name).resolve("core.properties"), "name=" + name + "\n", StandardCharsets.UTF_8);
	}
}
