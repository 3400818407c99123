package org.mosty.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Topic concept ids with their Polish, Ukrainian and English labels, read from the configset's
 * {@code lang/topics.tsv}. The index stores ids only; every label shown to a user comes from here.
 */
@Component
public class TopicVocabulary {

	private static final String RESOURCE = "solr/configsets/mosty/conf/lang/topics.tsv";

	private final Map<String, Map<String, String>> labels;

	public TopicVocabulary() {
		this.labels = load();
	}

	public boolean contains(String id) {
		return labels.containsKey(id);
	}

	/** The label of a topic in a language ({@code pl}, {@code uk}, {@code en}); the id if unknown. */
	public String label(String id, String language) {
		Map<String, String> byLanguage = labels.get(id);
		if (byLanguage == null) {
			return id;
		}
		return byLanguage.getOrDefault(language, byLanguage.get("pl"));
	}

	private static Map<String, Map<String, String>> load() {
		ClassLoader loader = TopicVocabulary.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE + " on the class path");
			}
			Map<String, Map<String, String>> result = new LinkedHashMap<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\t", -1);
				if (cells.length < 4) {
					throw new IllegalStateException("Bad line in " + RESOURCE + ": " + line);
				}
				result.put(cells[0].trim(), Map.of("pl", cells[1].trim(), "uk", cells[2].trim(), "en", cells[3].trim()));
			}
			return Collections.unmodifiableMap(result);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
