package org.mosty.indexer.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RankingMetricsTests {

	@Test
	void aPerfectRankingScoresOne() {
		Map<String, Integer> grades = Map.of("a", 2, "b", 1);
		assertThat(RankingMetrics.ndcg(List.of("a", "b", "x"), grades, 10)).isEqualTo(1.0);
		assertThat(RankingMetrics.reciprocalRank(List.of("a", "b"), grades, 10)).isEqualTo(1.0);
		assertThat(RankingMetrics.recall(List.of("a", "b"), grades, 10)).isEqualTo(1.0);
	}

	@Test
	void lowerRanksAndMissesCostAsDefined() {
		Map<String, Integer> grades = Map.of("a", 2, "b", 1);
		// DCG = 3/log2(3) ; IDCG = 3/1 + 1/log2(3)
		double expected = (3 / (Math.log(3) / Math.log(2))) / (3 + 1 / (Math.log(3) / Math.log(2)));
		assertThat(RankingMetrics.ndcg(List.of("x", "a"), grades, 10)).isCloseTo(expected, within(1e-9));
		assertThat(RankingMetrics.reciprocalRank(List.of("x", "a"), grades, 10)).isEqualTo(0.5);
		assertThat(RankingMetrics.recall(List.of("x", "a"), grades, 10)).isEqualTo(0.5);
		assertThat(RankingMetrics.recall(List.of("x", "y"), grades, 1)).isZero();
	}

	@Test
	void theJudgedSetIsLargeEnoughAndCoversEveryLanguageAndKind() throws IOException {
		List<JudgedQuery> queries = JudgedQuery.load();
		assertThat(queries).hasSizeGreaterThanOrEqualTo(60);
		for (String language : List.of("pl", "uk", "en")) {
			assertThat(queries).filteredOn(query -> query.language().equals(language)).hasSizeGreaterThanOrEqualTo(20);
			for (String kind : List.of("inflected", "phrase", "typo", "cross")) {
				assertThat(queries).filteredOn(query -> query.language().equals(language) && query.kind().equals(kind))
					.as(language + " " + kind)
					.isNotEmpty();
			}
		}
		assertThat(queries).extracting(JudgedQuery::id).doesNotHaveDuplicates();
	}
}
