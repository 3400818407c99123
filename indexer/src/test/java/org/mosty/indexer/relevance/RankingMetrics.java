package org.mosty.indexer.relevance;

import java.util.List;
import java.util.Map;

/** nDCG@k, reciprocal rank (cut at k) and recall@k of one ranking against graded judgments. */
final class RankingMetrics {

	private RankingMetrics() {
	}

	/** Normalised discounted cumulative gain with gain 2^grade - 1 and discount log2(rank + 1). */
	static double ndcg(List<String> ranking, Map<String, Integer> grades, int k) {
		double dcg = 0;
		for (int i = 0; i < Math.min(k, ranking.size()); i++) {
			dcg += gain(grades.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
		}
		List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).toList();
		double idcg = 0;
		for (int i = 0; i < Math.min(k, ideal.size()); i++) {
			idcg += gain(ideal.get(i)) / log2(i + 2);
		}
		return idcg == 0 ? 0 : dcg / idcg;
	}

	/** 1 / rank of the first relevant document in the top k; 0 if none. */
	static double reciprocalRank(List<String> ranking, Map<String, Integer> grades, int k) {
		for (int i = 0; i < Math.min(k, ranking.size()); i++) {
			if (grades.getOrDefault(ranking.get(i), 0) > 0) {
				return 1.0 / (i + 1);
			}
		}
		return 0;
	}

	/** The share of the relevant documents found in the top k. */
	static double recall(List<String> ranking, Map<String, Integer> grades, int k) {
		long relevant = grades.values().stream().filter(grade -> grade > 0).count();
		long found = ranking.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) > 0).count();
		return relevant == 0 ? 0 : (double) found / relevant;
	}

	private static double gain(int grade) {
		return Math.pow(2, grade) - 1;
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}
}
