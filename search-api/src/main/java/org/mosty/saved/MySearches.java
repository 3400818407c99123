package org.mosty.saved;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.mosty.api.BadRequestException;
import org.mosty.api.ConflictException;
import org.mosty.api.NotFoundException;
import org.mosty.interop.Permalinks;
import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;
import org.mosty.search.SearchParameters;
import org.mosty.search.SearchRequest;
import org.mosty.search.SearchRequestParser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in user does with their saved searches, for the API and the pages alike: save a
 * search (validated like {@code /api/search}), rename it, change how often it alerts, delete it.
 */
@Service
public class MySearches {

	/** Saved searches one user may keep. */
	public static final int MAX_PER_USER = 100;

	static final int MAX_NAME = 200;

	private final SavedSearches saved;

	private final SearchRequestParser parser;

	private final Permalinks permalinks;

	private final Clock clock;

	public MySearches(SavedSearches saved, SearchRequestParser parser, Permalinks permalinks) {
		this.saved = saved;
		this.parser = parser;
		this.permalinks = permalinks;
		this.clock = Clock.systemUTC();
	}

	/** A saved search as its owner sees it. */
	public record View(String id, String name, String parameters, String lang, String frequency, String search,
			String feed, Instant alertedUntil, Instant createdAt) {
	}

	public List<View> list(String username) {
		return saved.list(username).stream().map(this::view).toList();
	}

	public View get(String username, String id) {
		return view(require(username, id));
	}

	/**
	 * Saves a search given as a query string ({@code q=…&f.language=uk}); its name defaults to the
	 * query's words, its frequency to daily.
	 */
	@Transactional
	public View save(String username, String parameters, String name, String frequency) {
		List<FieldProblem> problems = new ArrayList<>();
		SearchRequest request = request(parameters);
		Frequency chosen = frequency(frequency, Frequency.DAILY, problems);
		String actualName = name(name, request, problems);
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		if (saved.count(username) >= MAX_PER_USER) {
			throw new BadRequestException(FieldProblem.of("parameters", ProblemCode.SAVED_LIMIT,
					"at most " + MAX_PER_USER + " saved searches per user; delete one first", MAX_PER_USER));
		}
		return view(saved.create(username, actualName, SearchParameters.canonical(request), request.lang(), chosen,
				Instant.now(clock)));
	}

	/** Renames it and/or changes its frequency ({@code null}: as it is). */
	@Transactional
	public View change(String username, String id, String name, String frequency) {
		SavedSearch read = require(username, id);
		List<FieldProblem> problems = new ArrayList<>();
		Frequency chosen = frequency(frequency, read.frequency(), problems);
		String actualName = name == null ? read.name() : checkedName(name, problems);
		if (name == null && frequency == null) {
			problems.add(FieldProblem.of("body", ProblemCode.BODY, "give a name, a frequency or both"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		if (!saved.update(read, actualName, chosen)) {
			throw new ConflictException("The saved search changed meanwhile; read it again");
		}
		return get(username, id);
	}

	public void delete(String username, String id) {
		if (!saved.delete(username, id)) {
			throw notFound(id);
		}
	}

	/** The saved search's parameters as a validated request (page 1). */
	public SearchRequest request(SavedSearch search) {
		return parser.parse(SearchParameters.parse(search.parameters()));
	}

	private SearchRequest request(String parameters) {
		if (parameters == null) {
			throw new BadRequestException(FieldProblem.required("parameters"));
		}
		try {
			return parser.parse(SearchParameters.parse(parameters));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException(FieldProblem.of("parameters", ProblemCode.BODY,
					"not a query string: " + ex.getMessage()));
		}
	}

	private static Frequency frequency(String id, Frequency otherwise, List<FieldProblem> problems) {
		if (id == null) {
			return otherwise;
		}
		return Frequency.fromId(id).orElseGet(() -> {
			problems.add(FieldProblem.choice("frequency", Frequency.ids()));
			return otherwise;
		});
	}

	private static String name(String name, SearchRequest request, List<FieldProblem> problems) {
		if (name != null && !name.isBlank()) {
			return checkedName(name, problems);
		}
		String words = request.hasQuery() ? request.query() : "*";
		return words.length() > MAX_NAME ? words.substring(0, MAX_NAME) : words;
	}

	private static String checkedName(String name, List<FieldProblem> problems) {
		String stripped = name.strip();
		if (stripped.isEmpty()) {
			problems.add(FieldProblem.required("name"));
		}
		else if (stripped.length() > MAX_NAME) {
			problems.add(FieldProblem.maxChars("name", MAX_NAME));
		}
		return stripped;
	}

	private SavedSearch require(String username, String id) {
		return saved.find(username, id).orElseThrow(() -> notFound(id));
	}

	private static NotFoundException notFound(String id) {
		return new NotFoundException("No saved search " + (id.length() > 40 ? id.substring(0, 40) : id));
	}

	private View view(SavedSearch search) {
		return new View(search.id(), search.name(), search.parameters(), search.lang(), search.frequency().id(),
				permalinks.base() + "/search?" + search.parameters(),
				permalinks.base() + "/feeds/saved/" + search.feedToken() + ".atom", search.watermark(),
				search.createdAt());
	}
}
