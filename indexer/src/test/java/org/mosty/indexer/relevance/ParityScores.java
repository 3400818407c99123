package org.mosty.indexer.relevance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * nDCG@10 and the parity ratios of one set of rankings of the parallel judged set (one stage of
 * the ablation, or one variant of a sweep): the one place these figures are computed.
 *
 * @param needs the parallel judged set
 * @param languages document key → its language in the index
 * @param rankings need id → query language → ranking (document keys, best first)
 */
record ParityScores(List<ParallelNeed> needs, Map<String, String> languages, Map<String, Map<String, List<String>>> rankings) {

	static final int K = 10;

	/** nDCG@10 of the need asked in one language, over the whole ranking and all judgments. */
	double ndcg(ParallelNeed need, String queryLanguage) {
		return RankingMetrics.ndcg(top(ranking(need, queryLanguage)), need.grades(), K);
	}

	/**
	 * nDCG@10 of the answers in one language: judgments of that language's documents only, and the
	 * relevant documents of the other languages taken out of the ranking (they belong to the other
	 * pairs). NaN if the need has no answer in that language.
	 */
	double ndcg(ParallelNeed need, String queryLanguage, String answerLanguage) {
		Map<String, Integer> answers = answers(need, answerLanguage);
		if (answers.isEmpty()) {
			return Double.NaN;
		}
		List<String> ranking = ranking(need, queryLanguage).stream()
			.filter(key -> answers.containsKey(key) || !need.grades().containsKey(key))
			.toList();
		return RankingMetrics.ndcg(top(ranking), answers, K);
	}

	/** The need's relevant documents in one language, with their grades. */
	Map<String, Integer> answers(ParallelNeed need, String language) {
		Map<String, Integer> answers = new LinkedHashMap<>();
		need.grades().forEach((key, grade) -> {
			if (language.equals(languages.get(key))) {
				answers.put(key, grade);
			}
		});
		return answers;
	}

	List<String> ranking(ParallelNeed need, String queryLanguage) {
		return rankings.get(need.id()).get(queryLanguage);
	}

	/** Mean nDCG@10 of the answers in one language to the needs asked in another (or the same). */
	double pair(String queryLanguage, String answerLanguage) {
		return mean(needs.stream().map(need -> ndcg(need, queryLanguage, answerLanguage)).toList());
	}

	/** Asked in another language than the answers' over asked in theirs. */
	double parity(String queryLanguage, String answerLanguage) {
		return pair(queryLanguage, answerLanguage) / pair(answerLanguage, answerLanguage);
	}

	double minParity() {
		double min = Double.MAX_VALUE;
		for (String query : ParallelNeed.LANGUAGES) {
			for (String answer : ParallelNeed.LANGUAGES) {
				if (!query.equals(answer)) {
					min = Math.min(min, parity(query, answer));
				}
			}
		}
		return min;
	}

	/** nDCG@10 of every need asked in every language, all judgments. */
	double overall() {
		return overall(needs);
	}

	double overall(List<ParallelNeed> chosen) {
		List<Double> all = new ArrayList<>();
		for (ParallelNeed need : chosen) {
			for (String language : ParallelNeed.LANGUAGES) {
				all.add(ndcg(need, language));
			}
		}
		return mean(all);
	}

	static double mean(List<Double> values) {
		return values.stream().filter(value -> !value.isNaN()).mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
	}

	static List<String> top(List<String> ranking) {
		return ranking.subList(0, Math.min(K, ranking.size()));
	}
}
