package org.mosty.saved;

import java.util.List;

import org.mosty.api.BadRequestException;
import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;
import org.mosty.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/me/searches}: a signed-in user's saved searches; another user's are not found. */
@RestController
class SavedSearchController {

	private final MySearches searches;

	SavedSearchController(MySearches searches) {
		this.searches = searches;
	}

	/**
	 * The body of save and change.
	 * @param parameters the search as {@code /api/search}'s query string (save only)
	 * @param name defaults to the query's words
	 * @param frequency {@code off}, {@code daily} (the default) or {@code weekly}
	 */
	record SavedSearchRequest(String parameters, String name, String frequency) {
	}

	@GetMapping("/api/me/searches")
	public List<MySearches.View> list() {
		return searches.list(CurrentUser.name());
	}

	@GetMapping("/api/me/searches/{id}")
	public MySearches.View get(@PathVariable String id) {
		return searches.get(CurrentUser.name(), id);
	}

	@PostMapping("/api/me/searches")
	public ResponseEntity<MySearches.View> save(@RequestBody(required = false) SavedSearchRequest request) {
		SavedSearchRequest body = require(request, "give {\"parameters\": \"q=…&f.language=uk\", \"name\", \"frequency\"}");
		MySearches.View saved = searches.save(CurrentUser.name(), body.parameters(), body.name(), body.frequency());
		return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/me/searches/" + saved.id()).body(saved);
	}

	@PatchMapping("/api/me/searches/{id}")
	public MySearches.View change(@PathVariable String id, @RequestBody(required = false) SavedSearchRequest request) {
		SavedSearchRequest body = require(request, "give {\"name\"} and/or {\"frequency\"}");
		if (body.parameters() != null) {
			throw new BadRequestException(FieldProblem.of("parameters", ProblemCode.BODY,
					"a saved search's parameters cannot change; save the new search instead"));
		}
		return searches.change(CurrentUser.name(), id, body.name(), body.frequency());
	}

	@DeleteMapping("/api/me/searches/{id}")
	public ResponseEntity<Void> delete(@PathVariable String id) {
		searches.delete(CurrentUser.name(), id);
		return ResponseEntity.noContent().build();
	}

	private static SavedSearchRequest require(SavedSearchRequest request, String hint) {
		if (request == null) {
			throw new BadRequestException(FieldProblem.of("body", ProblemCode.BODY, hint));
		}
		return request;
	}
}
