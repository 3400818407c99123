package org.mosty.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The glossary of migration and NGO concepts ({@code lang/glossary.tsv} in the configset): for each
 * concept id its Polish, Ukrainian and English term (also the labels users see) and alternate terms.
 * Solr matches concepts through {@code lang/concept_synonyms.txt}, generated from this file.
 */
public final class Glossary {

	/** The glossary inside the configset on the class path. */
	public static final String RESOURCE = "solr/configsets/mosty/conf/lang/glossary.tsv";

	/** Languages with a column in the glossary, in column order. */
	public static final List<String> LANGUAGES = List.of("pl", "uk", "en");

	/**
	 * One concept.
	 * @param id the concept id (the value indexed in {@code topics} and {@code concepts})
	 * @param labels the main term per language ({@code pl}, {@code uk}, {@code en})
	 * @param terms every term per language, the main one first
	 */
	public record Concept(String id, Map<String, String> labels, Map<String, List<String>> terms) {
	}

	private final Map<String, Concept> concepts;

	private Glossary(Map<String, Concept> concepts) {
		this.concepts = Collections.unmodifiableMap(concepts);
	}

	/** Reads the glossary from the class path. */
	public static Glossary load() {
		try (InputStream in = Glossary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE + " on the class path");
			}
			return parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Parses glossary lines: id, pl, uk, en, alternates ({@code lang:term|lang:term}). */
	public static Glossary parse(InputStream in) throws IOException {
		Map<String, Concept> result = new LinkedHashMap<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split("\t", -1);
			if (cells.length < 4) {
				throw new IllegalStateException("Glossary line " + number + " has fewer than 4 columns: " + line);
			}
			String id = cells[0].strip();
			Map<String, String> labels = new LinkedHashMap<>();
			Map<String, List<String>> terms = new LinkedHashMap<>();
			for (int i = 0; i < LANGUAGES.size(); i++) {
				String term = cells[i + 1].strip();
				if (term.isEmpty()) {
					throw new IllegalStateException("Glossary line " + number + " lacks a " + LANGUAGES.get(i) + " term");
				}
				labels.put(LANGUAGES.get(i), term);
				terms.computeIfAbsent(LANGUAGES.get(i), key -> new ArrayList<>()).add(term);
			}
			if (cells.length > 4 && !cells[4].isBlank()) {
				for (String alternate : cells[4].split("\\|")) {
					int colon = alternate.indexOf(':');
					String language = colon < 0 ? "" : alternate.substring(0, colon).strip();
					if (!LANGUAGES.contains(language)) {
						throw new IllegalStateException(
								"Glossary line " + number + ": alternate without pl:/uk:/en: prefix: " + alternate);
					}
					String term = alternate.substring(colon + 1).strip();
					if (!term.isEmpty() && !terms.get(language).contains(term)) {
						terms.get(language).add(term);
					}
				}
			}
			if (result.put(id, new Concept(id, Map.copyOf(labels), Map.copyOf(terms))) != null) {
				throw new IllegalStateException("Glossary line " + number + " repeats concept id " + id);
			}
		}
		return new Glossary(result);
	}

	/**
	 * The concepts of both, this one's first; an id in both is an error (the gazetteer's places
	 * and the glossary's concepts share the {@code concepts} field).
	 */
	public Glossary with(Glossary other) {
		Map<String, Concept> all = new LinkedHashMap<>(concepts);
		for (Concept concept : other.concepts.values()) {
			if (all.put(concept.id(), concept) != null) {
				throw new IllegalStateException("Concept id " + concept.id() + " is in both");
			}
		}
		return new Glossary(all);
	}

	/** The same concepts with further terms: language → terms for each concept id given (the others unchanged). */
	public Glossary withTerms(Map<String, Map<String, List<String>>> extra) {
		Map<String, Concept> all = new LinkedHashMap<>();
		for (Concept concept : concepts.values()) {
			Map<String, List<String>> more = extra.get(concept.id());
			if (more == null) {
				all.put(concept.id(), concept);
				continue;
			}
			Map<String, List<String>> terms = new LinkedHashMap<>();
			concept.terms().forEach((language, own) -> terms.put(language, new ArrayList<>(own)));
			more.forEach((language, added) -> {
				List<String> list = terms.computeIfAbsent(language, key -> new ArrayList<>());
				added.stream().filter(term -> !list.contains(term)).forEach(list::add);
			});
			terms.replaceAll((language, list) -> List.copyOf(list));
			all.put(concept.id(), new Concept(concept.id(), concept.labels(), Map.copyOf(terms)));
		}
		return new Glossary(all);
	}

	/** Parses glossary lines from a resource on the class path (the gazetteer, for example). */
	public static Glossary load(String resource) {
		try (InputStream in = Glossary.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource + " on the class path");
			}
			return parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Map<String, Concept> concepts() {
		return concepts;
	}

	public boolean contains(String id) {
		return concepts.containsKey(id);
	}

	/** The label of a concept in a language; the Polish one for other languages, the id if unknown. */
	public String label(String id, String language) {
		Concept concept = concepts.get(id);
		if (concept == null) {
			return id;
		}
		return concept.labels().getOrDefault(language, concept.labels().get("pl"));
	}
}
