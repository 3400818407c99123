package org.mosty.indexer.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The parts of bench/run that are logic rather than measurement (issue 9); no timings here. */
class BenchLogicTests {

	@Test
	void percentilesAreNearestRankValuesThatWereMeasured() {
		Latencies latencies = new Latencies();
		for (int ms = 100; ms >= 1; ms--) {
			latencies.add(ms * 1_000_000L);
		}
		assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
		assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
		assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
		Latencies one = new Latencies();
		one.add(3_500_000L);
		assertThat(one.percentileMillis(50)).isEqualTo(3.5);
		assertThat(one.percentileMillis(99)).isEqualTo(3.5);
		assertThatThrownBy(() -> new Latencies().percentileMillis(50)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theResultLineIsOneLineOfKeyValuePairsWithDotDecimalsWhateverTheLocale() {
		Locale before = Locale.getDefault();
		Locale.setDefault(Locale.forLanguageTag("pl-PL"));
		try {
			String line = new ResultLine("search").add("api_p50_ms", 12.345, 2).add("errors", 0).toString();
			assertThat(line).isEqualTo("RESULT search api_p50_ms=12.35 errors=0")
				.matches("RESULT [a-z]+( [a-z0-9_]+=[0-9.]+)+");
		}
		finally {
			Locale.setDefault(before);
		}
		assertThatThrownBy(() -> new ResultLine("x").add("a", 1).add("a", 2)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theQueryMixHasEveryJudgedQueryAsTheUiSendsItPlusBrowsing() throws Exception {
		List<QueryMix.Request> mix = QueryMix.fromJudgements(Path.of("src/test/resources/relevance/queries.tsv"));
		assertThat(mix).hasSizeGreaterThan(80);
		assertThat(mix).allSatisfy(request -> assertThat(request.path()).startsWith("/api/search?"));
		assertThat(mix).extracting(QueryMix.Request::path)
			.anyMatch(path -> path.contains("q=%22ochrona+czasowa%22"))
			.anyMatch(path -> path.contains("lang=uk"))
			.anyMatch(path -> path.contains("f.language="))
			.anyMatch(path -> path.contains("year.from=2018&year.to=2024"))
			.contains("/api/search?lang=pl");
		assertThat(mix).extracting(QueryMix.Request::kind).contains("phrase", "inflected", "browse");
	}

	@Test
	void capturedSolrRequestsKeepTheirExactQueryString() throws Exception {
		SolrRequestCapture.start();
		String query = "q=uchod%C5%BAcy&fq=%7B%21tag%3Dftype%7Dtype%3A%28report%29&wt=javabin&version=2";
		javax.servlet.http.HttpServletRequest request = (javax.servlet.http.HttpServletRequest) java.lang.reflect.Proxy
			.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { javax.servlet.http.HttpServletRequest.class },
					(proxy, method, args) -> switch (method.getName()) {
						case "getMethod" -> "GET";
						case "getRequestURI" -> "/solr/mosty/search";
						case "getQueryString" -> query;
						case "getLocalPort" -> 8983;
						default -> null;
					});
		new SolrRequestCapture().doFilter(request, null, (req, res) -> {
		});
		List<SolrRequestCapture.Captured> captured = SolrRequestCapture.stop();
		assertThat(captured).singleElement()
			.extracting(SolrRequestCapture.Captured::pathAndQuery)
			.isEqualTo("/solr/mosty/search?q=uchod%C5%BAcy&fq=%7B%21tag%3Dftype%7Dtype%3A%28report%29&wt=javabin&version=2");
		// the node that received it: in SolrCloud the request is sent again to the same node
		assertThat(captured.get(0).port()).isEqualTo(8983);
		SolrRequestCapture.start();
		assertThat(SolrRequestCapture.stop()).isEmpty();
	}

	@Test
	void paragraphLanguagesComeFromTheLibrarysFolderAndFileNames() {
		assertThat(ParagraphPool.language("markdown-pl/noweteraz/a.markdown")).isEqualTo("pl");
		assertThat(ParagraphPool.language("parallel-en-uk-ru/aidmap/Poland-uk.md")).isEqualTo("uk");
		assertThat(ParagraphPool.language("parallel-en-uk-ru/aidmap/Poland-ru.md")).isNull();
		assertThat(ParagraphPool.language("html-multilingual/ua-refugee-info/ua.md")).isEqualTo("uk");
		assertThat(ParagraphPool.language("seeds/iom-networking-day-en.txt")).isEqualTo("en");
		assertThat(DocumentGenerator.title("Krótki tytuł\nreszta")).isEqualTo("Krótki tytuł");
		assertThat(DocumentGenerator.title("słowo ".repeat(40))).hasSizeLessThanOrEqualTo(80);
	}

	@Test
	void theHeapFigureIsReadFromJcmd() {
		assertThat(MostyProcess.parseUsedKilobytes("""
				12345:
				 garbage-first heap   total 262144K, used 61234K [0x0000000080000000, 0x0000000100000000)
				  region size 1024K, 3 young (3072K), 0 survivors (0K)
				""")).isEqualTo(61234);
	}

	/** Issue 17: the translation-off side of the search A/B drops exactly the fields that cross languages. */
	@org.junit.jupiter.api.Test
	void translationOffDropsTheCrossLanguageFieldsOnly() throws Exception {
		String qf = SearchBenchmark.qfWithoutTranslation();
		org.assertj.core.api.Assertions.assertThat(qf).doesNotContain("concepts", "lexicon", "names_latin")
			.contains("text_pl^1.0", "text_uk^1.0", "text_en^1.0", "title_exact^3", "text_folded^0.2");
	}

	@Test
	void growthSuggestionsAreThePrefixesAReaderTypesOfTheJudgedQueries() throws Exception {
		List<QueryMix.Request> mix = QueryMix.fromJudgements(Path.of("src/test/resources/relevance/queries.tsv"));
		List<String> paths = GrowthBenchmark.suggestPaths(mix);
		assertThat(paths).hasSizeGreaterThan(30).doesNotHaveDuplicates();
		assertThat(paths).allSatisfy(path -> assertThat(path).matches("/api/suggest\\?q=[^&]{3,}&lang=(pl|uk|en)"));
		assertThat(paths).anyMatch(path -> path.endsWith("&lang=uk"));
	}

	@Test
	void theGrowthTableAndPlotShowEverySize(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
		List<GrowthBenchmark.Figures> sizes = List.of(
				new GrowthBenchmark.Figures(10_027, 40, 300, 9.5, 20, 60, 18, 50, 10, 5, 8, 90, 300, 320, 12.5),
				new GrowthBenchmark.Figures(1_000_027, 3_500, 800, 25.0, 60, 250, 55, 200, 40, 6, 30, 25, 250, 300, 31.25));
		assertThat(GrowthReport.table(sizes).lines()).hasSize(4)
			.element(3)
			.asString()
			.startsWith("| 1,000,027 | 3500 | 800 | 25.0 | 60.0 / 250.0 | 55.0 / 200.0 |")
			.endsWith("| 250 (0.83) | 31.3 |");
		Path plot = folder.resolve("growth.svg");
		GrowthReport.writePlot(sizes, plot, "a <caption>");
		org.w3c.dom.Document svg = javax.xml.parsers.DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(plot.toFile());
		// eight latency series and three resource series, one point per size each
		assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(11);
		assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(22);
		assertThat(svg.getDocumentElement().getTextContent()).contains("10k", "1M", "API p99", "heap MB",
				"alert job per saved search", "a <caption>");
		assertThat(sizes.get(1).result().toString()).startsWith("RESULT growth docs=1000027 index_mb=3500 heap_mb=800 "
				+ "first_search_s=25.0 api_p50_ms=60.00 api_p99_ms=250.00 solr_p50_ms=55.00 solr_p99_ms=200.00 ")
			.endsWith(" reindex_docs_per_s=250.0 reindex_ratio_vs_solrj=0.83 alert_ms_per_search=31.25");
	}

	@Test
	void aGrowthRunsLogGainsTheAlertJobsTimeOfEachSizeFromItsAlertLines() {
		List<GrowthBenchmark.Figures> merged = GrowthReport.merge(List.of(
				"RESULT growth docs=10027 index_mb=45 heap_mb=437 first_search_s=17.3 api_p50_ms=99.04 api_p99_ms=467.57 "
						+ "solr_p50_ms=81.72 solr_p99_ms=402.60 browse_p50_ms=43.75 suggest_p50_ms=10.52 related_p50_ms=18.40 "
						+ "qps=37.3 reindex_docs_per_s=168.1 reindex_ratio_vs_solrj=0.60",
				"RESULT growth docs=100027 index_mb=355 heap_mb=442 first_search_s=17.6 api_p50_ms=79.15 api_p99_ms=206.69 "
						+ "solr_p50_ms=55.02 solr_p99_ms=128.34 browse_p50_ms=48.86 suggest_p50_ms=11.43 related_p50_ms=18.12 "
						+ "qps=54.9 reindex_docs_per_s=173.2 reindex_ratio_vs_solrj=0.52",
				"RESULT alerts saved_searches=1000 users=200 arrived=1000 wall_s=26.5 cpu_s=16.8 ms_per_search=26.51 "
						+ "cpu_ms_per_search=16.84 mails=200 sent=200 listed=11627 watermarks_moved=1000 docs=100027"));
		assertThat(merged).extracting(GrowthBenchmark.Figures::docs).containsExactly(10_027L, 100_027L);
		assertThat(merged.get(0).alertMsPerSearch()).isNaN();
		assertThat(merged.get(1).alertMsPerSearch()).isEqualTo(26.51);
		assertThat(merged.get(1).result().toString()).endsWith(" reindex_ratio_vs_solrj=0.52 alert_ms_per_search=26.51");
		assertThat(GrowthReport.table(merged).lines().toList().get(2)).endsWith("| 168 (0.60) | – |");
	}

	@Test
	void aComparedSettingIsOneWordOfTheResultLine() {
		assertThat(new ResultLine("growth_compare").word("variant", "facet.method:fc").add("docs", 3).toString())
			.isEqualTo("RESULT growth_compare variant=facet.method:fc docs=3");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new ResultLine("growth_compare").word("variant", "two words"));
	}
}
