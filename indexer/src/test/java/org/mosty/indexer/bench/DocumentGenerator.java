package org.mosty.indexer.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.language.LanguageProfile;
import org.mosty.indexer.language.Segment;

/**
 * Documents for the search and reindex benchmarks: 2–5 real paragraphs of one language
 * (Polish half of the time, Ukrainian 30 %, English 20 %), one in seven with a paragraph of a
 * second language, a title taken from the text, and metadata with the spread of a real library
 * (types, topics, organisations, years, regions, audiences; 85 % public, 10 % members, 5 %
 * restricted). Deterministic for a seed, so a cached data set can be rebuilt identically.
 */
final class DocumentGenerator {

	static final List<String> TYPES = List.of("report", "guideline", "good-practice", "legal-analysis",
			"training-material", "article", "leaflet", "policy-brief", "newsletter", "other");

	static final List<String> TOPICS = List.of("asylum", "children", "discrimination", "education", "employment",
			"family-reunification", "health-care", "housing", "integration", "language-learning", "legal-aid",
			"psychological-support", "refugees", "residence-permit", "social-assistance", "temporary-protection",
			"volunteering", "work-permit");

	static final List<String> ORGANIZATIONS = List.of("Fundacja Most Nadziei", "Stowarzyszenie Otwarte Drzwi",
			"Fundacja Wspólny Stół", "Centrum Wsparcia Cudzoziemców „Przystań”",
			"Międzykulturowe Centrum Sąsiedzkie „Kompas”", "Vistula Legal Aid Collective", "Baltic Bridges Legal Clinic",
			"Lublin Migrant Support Network", "Silesian Welcome Coalition", "Open Horizons Education Trust",
			"Благодійний фонд «Нова домівка»", "Юридична клініка «Право поруч»", "Громадська ініціатива «Світанок»",
			"Психологічна служба «Тиха гавань»", "Fundacja Dom Pod Lipą", "Stowarzyszenie Pomocy Prawnej „Tarcza”",
			"Krakowskie Forum Integracji", "Poznańska Sieć Wolontariuszy", "Центр підтримки «Разом»",
			"Warsaw Refugee Education Fund");

	static final List<String> REGIONS = List.of("mazowieckie", "małopolskie", "dolnośląskie", "lubelskie",
			"podkarpackie", "śląskie", "wielkopolskie", "pomorskie", "łódzkie", "podlaskie", "zachodniopomorskie",
			"cała-polska");

	static final List<String> AUDIENCES = List.of("migrants", "ngo-workers", "researchers", "volunteers", "teachers",
			"public-officials");

	/** One generated document: its catalogue metadata, text and the languages it was made of. */
	record Generated(DocumentMetadata metadata, String text, String language, List<String> languages,
			List<Segment> segments) {

		/** The languages as the generator knows them: every paragraph's language is known. */
		LanguageProfile profile() {
			return new LanguageProfile(language, languages, segments);
		}
	}

	private final ParagraphPool pool;

	private final Random random;

	DocumentGenerator(ParagraphPool pool, long seed) {
		this.pool = pool;
		this.random = new Random(seed);
	}

	Generated next() {
		String language = pick(Map.of("pl", 50, "uk", 30, "en", 20));
		List<String> paragraphs = new ArrayList<>();
		List<Segment> segments = new ArrayList<>();
		int count = 2 + random.nextInt(4);
		for (int i = 0; i < count; i++) {
			String paragraph = any(pool.paragraphs(language));
			paragraphs.add(paragraph);
			segments.add(new Segment(language, paragraph, 1));
		}
		Set<String> languages = new LinkedHashSet<>(List.of(language));
		if (random.nextInt(7) == 0) {
			String second = language.equals("uk") ? "pl" : "uk";
			String paragraph = any(pool.paragraphs(second));
			int at = random.nextInt(paragraphs.size() + 1);
			paragraphs.add(at, paragraph);
			segments.add(at, new Segment(second, paragraph, 1));
			languages.add(second);
		}
		String title = title(paragraphs.get(0));
		int year = 2012 + Math.min(13, (int) Math.round(Math.abs(random.nextGaussian()) * 4));
		year = 2025 - (year - 2012);
		List<String> topics = new ArrayList<>(new LinkedHashSet<>(List.of(any(TOPICS), any(TOPICS))));
		topics = topics.subList(0, 1 + random.nextInt(topics.size()));
		int accessRoll = random.nextInt(100);
		AccessLevel access = accessRoll < 85 ? AccessLevel.PUBLIC
				: accessRoll < 95 ? AccessLevel.MEMBERS : AccessLevel.RESTRICTED;
		DocumentMetadata metadata = new DocumentMetadata(title, any(TYPES), access, topics, any(ORGANIZATIONS), year,
				any(REGIONS), List.of(any(AUDIENCES)), List.of(), null, random.nextInt(10) < 6 ? language : null);
		return new Generated(metadata, String.join("\n\n", paragraphs), language, List.copyOf(languages),
				List.copyOf(segments));
	}

	/** The first words of a paragraph, up to about 80 characters, cut at a word. */
	static String title(String paragraph) {
		String firstLine = paragraph.strip().split("\\n", 2)[0];
		if (firstLine.length() <= 80) {
			return firstLine;
		}
		int end = firstLine.lastIndexOf(' ', 80);
		return firstLine.substring(0, end > 20 ? end : 80).strip();
	}

	private String pick(Map<String, Integer> weights) {
		int total = weights.values().stream().mapToInt(Integer::intValue).sum();
		int roll = random.nextInt(total);
		for (String key : List.of("pl", "uk", "en")) {
			roll -= weights.getOrDefault(key, 0);
			if (roll < 0) {
				return key;
			}
		}
		throw new IllegalStateException("weights");
	}

	private <T> T any(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}
}
