package org.mosty.indexer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a flight recording's CPU samples went: the share of each search component (the outermost
 * frame of a known kind in each sample's stack) and the methods most often on top of the stack.
 * Run as {@code java -cp … org.mosty.indexer.bench.JfrSummary <file.jfr>…}; the growth benchmark
 * prints it for its recordings.
 */
final class JfrSummary {

	/** Kinds of work, by a class name fragment; the first of a stack from its root decides. */
	private static final Map<String, String> KINDS = new LinkedHashMap<>();

	static {
		KINDS.put("FacetComponent", "facets");
		KINDS.put("SimpleFacets", "facets");
		KINDS.put("HighlightComponent", "highlighting");
		KINDS.put("SpellCheckComponent", "spellcheck");
		KINDS.put("MatchedViaComponent", "matchedVia");
		KINDS.put("MoreLikeThis", "related (MoreLikeThis)");
		KINDS.put("QueryComponent", "query: match, score, collect");
		KINDS.put("QParser", "query parsing");
		KINDS.put("ResponseWriter", "response writing");
		KINDS.put("JavaBinCodec", "response writing");
		KINDS.put("SolrIndexSearcher", "searcher (other)");
		KINDS.put("DocumentsWriter", "indexing");
		KINDS.put("IndexWriter", "indexing");
		KINDS.put("org.mosty.", "Mosty");
		KINDS.put("org.springframework.", "Spring");
		KINDS.put("org.eclipse.jetty", "Jetty");
		KINDS.put("org.apache.tomcat", "Tomcat");
		KINDS.put("java.net.http", "HTTP client");
		KINDS.put("jdk.internal.net.http", "HTTP client");
	}

	private JfrSummary() {
	}

	public static void main(String[] args) throws IOException {
		for (String file : args) {
			System.out.println(summary(Path.of(file), 12));
		}
	}

	static String summary(Path recording, int topMethods) throws IOException {
		Map<String, Integer> kinds = new TreeMap<>();
		Map<String, Integer> methods = new TreeMap<>();
		int samples = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			samples++;
			RecordedStackTrace stack = event.getStackTrace();
			List<RecordedFrame> frames = stack.getFrames();
			if (!frames.isEmpty()) {
				methods.merge(name(frames.get(0)), 1, Integer::sum);
			}
			kinds.merge(kind(frames), 1, Integer::sum);
		}
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%s: %d CPU samples%n",
				recording.getFileName(), samples));
		append(out, "  by kind of work:", kinds, samples, kinds.size());
		append(out, "  on top of the stack:", methods, samples, topMethods);
		return out.toString();
	}

	private static String kind(List<RecordedFrame> frames) {
		for (int i = frames.size() - 1; i >= 0; i--) {
			String type = frames.get(i).getMethod().getType().getName();
			for (Map.Entry<String, String> kind : KINDS.entrySet()) {
				if (type.contains(kind.getKey())) {
					// a search component wins over the server and framework frames around it
					String found = kind.getValue();
					if (List.of("Mosty", "Spring", "Jetty", "Tomcat").contains(found)) {
						String inner = kind(frames.subList(0, i));
						return inner.equals("other") ? found : inner;
					}
					return found;
				}
			}
		}
		return "other";
	}

	private static String name(RecordedFrame frame) {
		String type = frame.getMethod().getType().getName();
		return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
	}

	private static void append(StringBuilder out, String title, Map<String, Integer> counts, int samples, int limit) {
		out.append(title).append('\n');
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(limit)
			.forEach(entry -> out.append(String.format(Locale.ROOT, "    %5.1f %%  %s%n",
					100.0 * entry.getValue() / Math.max(1, samples), entry.getKey())));
	}
}
