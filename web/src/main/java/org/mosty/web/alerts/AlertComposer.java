package org.mosty.web.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mosty.api.BadRequestException;
import org.mosty.indexer.catalogue.Arrivals;
import org.mosty.saved.MySearches;
import org.mosty.saved.SavedSearch;
import org.mosty.saved.SavedSearches;
import org.mosty.search.SearchResult;
import org.mosty.search.SearchService;
import org.mosty.security.AccessScope;
import org.mosty.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * For one user, what each of their due saved searches finds among the documents that became
 * visible to them since its watermark: the catalogue says what arrived for the user's access
 * levels now (so a lowered role sees less at once), Solr runs the saved search among those with
 * the same access filter. A document found by two saved searches is listed once, under the first.
 */
@Component
class AlertComposer {

	private static final Logger log = LoggerFactory.getLogger(AlertComposer.class);

	private final SavedSearches saved;

	private final MySearches searches;

	private final UserAccounts users;

	private final Arrivals arrivals;

	private final SearchService search;

	private final AlertProperties properties;

	AlertComposer(SavedSearches saved, MySearches searches, UserAccounts users, Arrivals arrivals,
			SearchService search, AlertProperties properties) {
		this.saved = saved;
		this.searches = searches;
		this.users = users;
		this.arrivals = arrivals;
		this.search = search;
		this.properties = properties;
	}

	/**
	 * The changes a run at {@code at} looks at: from the oldest watermark of the saved searches due
	 * then to {@code at} less the settle time (read once per run, then asked per user).
	 */
	Arrivals.Changes changes(Instant at) {
		Instant until = at.minus(properties.settle());
		return saved.earliestDue(at, properties.slack())
			.map(earliest -> arrivals.between(earliest, until))
			.orElseGet(() -> arrivals.between(until, until));
	}

	/**
	 * The user's alert for a run at {@code at} with the run's {@code changes}; {@code null} when
	 * nothing of theirs is due (any more).
	 */
	UserAlert compose(String username, Instant at, Arrivals.Changes changes) {
		Optional<UserAccounts.UserView> user = users.find(username);
		if (user.isEmpty()) {
			return null;
		}
		Instant until = at.minus(properties.settle());
		List<SavedSearch> due = saved.due(username, at, properties.slack())
			.stream()
			.filter(search -> search.watermark().isBefore(until))
			.toList();
		if (due.isEmpty()) {
			return null;
		}
		AccessScope scope = AccessScope.of(user.get().role());
		Instant earliest = due.stream().map(SavedSearch::watermark).min(Instant::compareTo).orElseThrow();
		List<Arrivals.Arrival> arrived = changes.visibleTo(scope.levels(), earliest);
		Set<String> listed = new HashSet<>();
		List<UserAlert.Section> sections = new ArrayList<>();
		for (SavedSearch one : due) {
			List<String> ids = arrived.stream()
				.filter(arrival -> arrival.at().isAfter(one.watermark()))
				.map(Arrivals.Arrival::id)
				.filter(id -> !listed.contains(id))
				.toList();
			SearchResult found;
			try {
				found = search.among(searches.request(one), scope, ids, properties.maxPerSearch());
			}
			catch (BadRequestException ex) {
				// parameters valid when saved but not any more (a facet renamed): skipped, not fatal
				log.warn("alertJob: saved search {} of {} is no longer valid and was skipped: {}", one.id(), username,
						ex.getMessage());
				continue;
			}
			found.hits().forEach(hit -> listed.add(hit.id()));
			sections.add(new UserAlert.Section(one, found.hits(), found.total()));
		}
		return new UserAlert(username, users.email(username).orElse(null), until, sections);
	}
}
