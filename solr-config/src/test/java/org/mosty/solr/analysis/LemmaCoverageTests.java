package org.mosty.solr.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Do the inflected forms of one lemma meet at one indexed term? From the Universal Dependencies
 * test treebanks in {@code ../shared/corpus/lemmas} (gold lemmas): for every NOUN, VERB and ADJ
 * lemma seen in at least two distinct forms, each distinct form is analysed by the field type; the
 * lemma's meeting term is the term most of its forms produce, and a form counts if it produces that
 * term too. The figure is the share of forms that do, for text_pl (PDB + LFG) and text_uk (IU),
 * next to a lower-case-only field (what an unstemmed field gives).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LemmaCoverageTests {

	private static final List<String> POS = List.of("NOUN", "VERB", "ADJ");

	private final Map<String, Map<String, double[]>> figures = new LinkedHashMap<>();

	@BeforeAll
	void measure() throws IOException {
		Path ud = SharedCorpus.require("lemmas").resolve("ud");
		Analyzer plain = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase").build();
		Map<String, Set<String>> polish = read(ud.resolve("UD_Polish-PDB/pl_pdb-ud-test.conllu"),
				ud.resolve("UD_Polish-LFG/pl_lfg-ud-test.conllu"));
		Map<String, Set<String>> ukrainian = read(ud.resolve("UD_Ukrainian-IU/uk_iu-ud-test.conllu"));
		figures.put("pl text_pl", coverage(polish, MostySchema.indexAnalyzer("text_pl")));
		figures.put("pl lower-case only", coverage(polish, plain));
		figures.put("uk text_uk", coverage(ukrainian, MostySchema.indexAnalyzer("text_uk")));
		figures.put("uk lower-case only", coverage(ukrainian, plain));
		StringBuilder out = new StringBuilder("\nInflected forms meeting their lemma at one indexed term (UD test sets)\n");
		out.append("| field | NOUN | VERB | ADJ | all | forms |\n|---|---|---|---|---|---|\n");
		figures.forEach((name, byPos) -> {
			out.append("| ").append(name);
			for (String pos : List.of("NOUN", "VERB", "ADJ", "all")) {
				out.append(String.format(Locale.ROOT, " | %.3f", byPos.get(pos)[0] / byPos.get(pos)[1]));
			}
			out.append(" | ").append((int) byPos.get("all")[1]).append(" |\n");
		});
		System.out.println(out);
		Files.writeString(Path.of("target", "lemma-coverage-report.md"), out, StandardCharsets.UTF_8);
	}

	@Test
	void polishFormsMeetAtTheirLemma() {
		assertThat(share("pl text_pl", "all")).isGreaterThanOrEqualTo(0.90);
		assertThat(share("pl text_pl", "all")).isGreaterThan(share("pl lower-case only", "all") + 0.3);
	}

	@Test
	void ukrainianFormsMeetAtTheirLemma() {
		assertThat(share("uk text_uk", "all")).isGreaterThanOrEqualTo(0.90);
		assertThat(share("uk text_uk", "all")).isGreaterThan(share("uk lower-case only", "all") + 0.3);
	}

	private double share(String field, String pos) {
		double[] counts = figures.get(field).get(pos);
		return counts[0] / counts[1];
	}

	/** "pos|lemma" → distinct surface forms, from CoNLL-U files. */
	private static Map<String, Set<String>> read(Path... files) throws IOException {
		Map<String, Set<String>> forms = new HashMap<>();
		for (Path file : files) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] cols = line.split("\t");
				if (cols.length < 4 || !cols[0].matches("\\d+") || !POS.contains(cols[3])) {
					continue;
				}
				forms.computeIfAbsent(cols[3] + "|" + cols[2].toLowerCase(Locale.ROOT), key -> new LinkedHashSet<>())
					.add(cols[1]);
			}
		}
		return forms;
	}

	/** pos → {forms meeting their lemma's term, forms counted}. */
	private static Map<String, double[]> coverage(Map<String, Set<String>> lemmas, Analyzer analyzer) {
		Map<String, double[]> result = new LinkedHashMap<>();
		for (String pos : POS) {
			result.put(pos, new double[2]);
		}
		result.put("all", new double[2]);
		Map<String, List<String>> cache = new HashMap<>();
		lemmas.forEach((key, surface) -> {
			// forms differing only in case are one form for search (queries are typed in lower case)
			Set<String> forms = new LinkedHashSet<>();
			Map<String, String> spelling = new LinkedHashMap<>();
			for (String form : surface) {
				if (forms.add(form.toLowerCase(Locale.ROOT))) {
					spelling.put(form.toLowerCase(Locale.ROOT), form);
				}
			}
			if (forms.size() < 2) {
				return;
			}
			List<Set<String>> terms = new ArrayList<>();
			Map<String, Integer> votes = new HashMap<>();
			for (String form : forms) {
				// analysed as first written in the treebank, as it would be indexed from running text
				Set<String> formTerms = new LinkedHashSet<>(
						cache.computeIfAbsent(spelling.get(form), text -> MostySchema.terms(analyzer, text)));
				terms.add(formTerms);
				formTerms.forEach(term -> votes.merge(term, 1, Integer::sum));
			}
			String meeting = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
			String pos = key.substring(0, key.indexOf('|'));
			for (Set<String> formTerms : terms) {
				boolean meets = meeting != null && formTerms.contains(meeting);
				for (String bucket : List.of(pos, "all")) {
					result.get(bucket)[0] += meets ? 1 : 0;
					result.get(bucket)[1] += 1;
				}
			}
		});
		return result;
	}
}
