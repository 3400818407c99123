package org.mosty.indexer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The growth benchmark's table (Markdown, for docs/benchmarks.md) and plot (an SVG of two log–log
 * panels: latencies in ms, and index and heap in MB, against the number of documents, with a dashed
 * line for growth proportional to the documents).
 */
final class GrowthReport {

	private record Series(String name, String colour, ToDoubleFunction<GrowthBenchmark.Figures> value) {
	}

	private static final List<Series> LATENCIES = List.of(
			new Series("API p50", "#1f77b4", GrowthBenchmark.Figures::apiP50),
			new Series("API p99", "#aec7e8", GrowthBenchmark.Figures::apiP99),
			new Series("Solr p50", "#d62728", GrowthBenchmark.Figures::solrP50),
			new Series("Solr p99", "#ff9896", GrowthBenchmark.Figures::solrP99),
			new Series("browse p50", "#2ca02c", GrowthBenchmark.Figures::browseP50),
			new Series("suggest p50", "#9467bd", GrowthBenchmark.Figures::suggestP50),
			new Series("related p50", "#8c564b", GrowthBenchmark.Figures::relatedP50),
			new Series("alert job per saved search", "#e377c2", GrowthBenchmark.Figures::alertMsPerSearch));

	private static final List<Series> RESOURCES = List.of(
			new Series("index MB", "#1f77b4", GrowthBenchmark.Figures::indexMb),
			new Series("heap MB", "#d62728", figures -> figures.heapMb()),
			new Series("first search s", "#2ca02c", GrowthBenchmark.Figures::firstSearchSeconds));

	private GrowthReport() {
	}

	/**
	 * The table and the plot again from a run's output: its {@code RESULT growth} lines, with the
	 * alert job's time per saved search from the {@code RESULT alerts} lines {@code bench/alerts}
	 * printed for each size (matched by their {@code docs}); then the {@code RESULT growth} lines
	 * again, complete: {@code java -cp … org.mosty.indexer.bench.GrowthReport <run.log> <plot.svg> [caption]}
	 * (by default today's {@link #caption}).
	 */
	public static void main(String[] args) throws IOException {
		List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
		List<GrowthBenchmark.Figures> unique = merge(lines);
		System.out.print(table(unique));
		writePlot(unique, Path.of(args[1]),
				args.length > 2 ? args[2] : caption(Integer.getInteger("bench.growth.connections", 4)));
		System.out.println("Plot: " + args[1]);
		System.out.println();
		unique.forEach(figures -> System.out.println(figures.result()));
	}

	/** One figure per size (the first {@code RESULT growth} line of each), with its alert time if one was printed. */
	static List<GrowthBenchmark.Figures> merge(List<String> lines) {
		java.util.Map<Long, GrowthBenchmark.Figures> sizes = new java.util.TreeMap<>();
		java.util.Map<Long, Double> alerts = new java.util.HashMap<>();
		for (String line : lines) {
			if (line.startsWith("RESULT growth ")) {
				GrowthBenchmark.Figures figures = parse(line);
				sizes.putIfAbsent(figures.docs(), figures);
			}
			else if (line.startsWith("RESULT alerts ")) {
				java.util.Map<String, String> values = values(line, "RESULT alerts ");
				if (values.containsKey("docs")) {
					alerts.put(Long.parseLong(values.get("docs")), Double.parseDouble(values.get("ms_per_search")));
				}
			}
		}
		return sizes.values()
			.stream()
			.map(figures -> alerts.containsKey(figures.docs()) ? figures.withAlerts(alerts.get(figures.docs())) : figures)
			.toList();
	}

	private static java.util.Map<String, String> values(String line, String prefix) {
		java.util.Map<String, String> values = new java.util.HashMap<>();
		for (String pair : line.substring(prefix.length()).strip().split(" ")) {
			String[] kv = pair.split("=", 2);
			values.put(kv[0], kv[1]);
		}
		return values;
	}

	/** The plot's caption: the command, the date, the machine and the connections searches were sent from. */
	static String caption(int connections) {
		return String.format(Locale.ROOT, "bench/run growth, %s, %d cores, JDK %s; %d connections",
				java.time.LocalDate.now(java.time.ZoneOffset.UTC), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), connections);
	}

	static GrowthBenchmark.Figures parse(String line) {
		java.util.Map<String, String> values = values(line, "RESULT growth ");
		java.util.function.ToDoubleFunction<String> d = key -> Double.parseDouble(values.get(key));
		double reindex = d.applyAsDouble("reindex_docs_per_s");
		return new GrowthBenchmark.Figures(Long.parseLong(values.get("docs")), d.applyAsDouble("index_mb"),
				Long.parseLong(values.get("heap_mb")), d.applyAsDouble("first_search_s"), d.applyAsDouble("api_p50_ms"),
				d.applyAsDouble("api_p99_ms"), d.applyAsDouble("solr_p50_ms"), d.applyAsDouble("solr_p99_ms"),
				d.applyAsDouble("browse_p50_ms"), d.applyAsDouble("suggest_p50_ms"), d.applyAsDouble("related_p50_ms"),
				d.applyAsDouble("qps"), reindex, reindex / d.applyAsDouble("reindex_ratio_vs_solrj"),
				values.containsKey("alert_ms_per_search") ? d.applyAsDouble("alert_ms_per_search") : Double.NaN);
	}

	static String table(List<GrowthBenchmark.Figures> sizes) {
		StringBuilder table = new StringBuilder(
				"| documents | index MB | heap MB | first search s | API p50 / p99 ms | Solr p50 / p99 ms | "
						+ "browse p50 ms | suggest p50 ms | related p50 ms | requests/s | reindex docs/s (× SolrJ) | "
						+ "alert job ms per saved search |\n"
						+ "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		for (GrowthBenchmark.Figures f : sizes) {
			table.append(String.format(Locale.ROOT,
					"| %,d | %.0f | %d | %.1f | %.1f / %.1f | %.1f / %.1f | %.1f | %.1f | %.1f | %.1f | %.0f (%.2f) | %s |%n",
					f.docs(), f.indexMb(), f.heapMb(), f.firstSearchSeconds(), f.apiP50(), f.apiP99(), f.solrP50(),
					f.solrP99(), f.browseP50(), f.suggestP50(), f.relatedP50(), f.qps(), f.reindexDocsPerSecond(),
					f.reindexDocsPerSecond() / f.solrjDocsPerSecond(), Double.isNaN(f.alertMsPerSearch()) ? "–"
							: String.format(Locale.ROOT, "%.1f", f.alertMsPerSearch())));
		}
		return table.toString();
	}

	static void writePlot(List<GrowthBenchmark.Figures> sizes, Path file, String caption) throws IOException {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"960\" height=\"420\" viewBox=\"0 0 960 420\" ")
			.append("font-family=\"sans-serif\" font-size=\"12\">\n")
			.append("<title>Mosty growth benchmark</title>\n<rect width=\"960\" height=\"420\" fill=\"white\"/>\n");
		panel(svg, sizes, LATENCIES, 0, "latency, ms (log)");
		panel(svg, sizes, RESOURCES, 480, "MB or seconds (log)");
		svg.append(text(20, 408, escape(caption), "start", "#555"));
		svg.append("</svg>\n");
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, svg, StandardCharsets.UTF_8);
	}

	private static void panel(StringBuilder svg, List<GrowthBenchmark.Figures> sizes, List<Series> series, int left,
			String yLabel) {
		int x0 = left + 60;
		int x1 = left + 330;
		int y0 = 340;
		int y1 = 30;
		double minX = Math.log10(sizes.stream().mapToLong(GrowthBenchmark.Figures::docs).min().orElse(1));
		double maxX = Math.log10(sizes.stream().mapToLong(GrowthBenchmark.Figures::docs).max().orElse(10));
		if (maxX - minX < 1e-9) {
			maxX = minX + 1;
		}
		double minY = Double.MAX_VALUE;
		double maxY = 0;
		for (Series s : series) {
			for (GrowthBenchmark.Figures f : sizes) {
				double v = s.value().applyAsDouble(f);
				if (v > 0) {
					minY = Math.min(minY, v);
					maxY = Math.max(maxY, v);
				}
			}
		}
		int lowDecade = (int) Math.floor(Math.log10(minY));
		int highDecade = (int) Math.ceil(Math.log10(maxY));
		if (highDecade == lowDecade) {
			highDecade++;
		}
		double fromX = minX;
		double spanX = maxX - minX;
		double fromY = lowDecade;
		double spanY = highDecade - lowDecade;
		java.util.function.DoubleUnaryOperator px = v -> x0 + (Math.log10(v) - fromX) / spanX * (x1 - x0);
		java.util.function.DoubleUnaryOperator py = v -> y0 - (Math.log10(v) - fromY) / spanY * (y0 - y1);
		svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n",
				x0, y1, x1 - x0, y0 - y1));
		for (int decade = lowDecade; decade <= highDecade; decade++) {
			double y = py.applyAsDouble(Math.pow(10, decade));
			svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>%n", x0, y,
					x1, y));
			svg.append(text(x0 - 6, y + 4, number(Math.pow(10, decade)), "end", "#333"));
		}
		for (GrowthBenchmark.Figures f : sizes) {
			double x = px.applyAsDouble(f.docs());
			svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>%n", x, y1, x,
					y0));
			svg.append(text(x, y0 + 16, number(f.docs()), "middle", "#333"));
		}
		svg.append(text((x0 + x1) / 2.0, y0 + 32, "documents (log)", "middle", "#333"));
		svg.append(String.format(Locale.ROOT,
				"<text x=\"%d\" y=\"%d\" transform=\"rotate(-90 %d %d)\" text-anchor=\"middle\" fill=\"#333\">%s</text>%n",
				left + 16, (y0 + y1) / 2, left + 16, (y0 + y1) / 2, escape(yLabel)));
		// proportional growth from the first size's first series, for reading the slopes
		GrowthBenchmark.Figures first = sizes.get(0);
		GrowthBenchmark.Figures last = sizes.get(sizes.size() - 1);
		double start = series.get(0).value().applyAsDouble(first);
		double end = start * last.docs() / first.docs();
		svg.append(String.format(Locale.ROOT,
				"<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#bbb\" stroke-dasharray=\"5 4\"/>%n",
				px.applyAsDouble(first.docs()), py.applyAsDouble(start), px.applyAsDouble(last.docs()),
				Math.max(y1, py.applyAsDouble(end))));
		int legendY = y1 + 14;
		for (Series s : series) {
			StringBuilder points = new StringBuilder();
			for (GrowthBenchmark.Figures f : sizes) {
				double v = s.value().applyAsDouble(f);
				if (v > 0) {
					points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px.applyAsDouble(f.docs()), py.applyAsDouble(v)));
					svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n",
							px.applyAsDouble(f.docs()), py.applyAsDouble(v), s.colour()));
				}
			}
			svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
					points.toString().strip(), s.colour()));
			svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"3\" fill=\"%s\"/>%n", x1 + 10,
					legendY - 4, s.colour()));
			svg.append(text(x1 + 26, legendY, escape(s.name()), "start", "#333"));
			legendY += 16;
		}
		svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#bbb\" stroke-dasharray=\"5 4\"/>%n",
				x1 + 10, legendY - 3, x1 + 22, legendY - 3));
		svg.append(text(x1 + 26, legendY, "∝ documents", "start", "#333"));
	}

	private static String text(double x, double y, String content, String anchor, String colour) {
		return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\">%s</text>%n", x, y,
				anchor, colour, content);
	}

	static String number(double value) {
		if (value >= 1_000_000) {
			return String.format(Locale.ROOT, "%.0fM", value / 1_000_000);
		}
		if (value >= 1_000) {
			return String.format(Locale.ROOT, "%.0fk", value / 1_000);
		}
		return value >= 1 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
