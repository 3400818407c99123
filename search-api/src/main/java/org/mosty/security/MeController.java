package org.mosty.security;

import org.mosty.api.BadRequestException;
import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/me}: who the caller is, and where their alerts go (issue 19). */
@RestController
class MeController {

	private final UserAccounts users;

	MeController(UserAccounts users) {
		this.users = users;
	}

	/** The caller's account; {@code email} is null when none is set. */
	record Me(String username, Role role, String email) {
	}

	/** The body of a change: the new address, or null to remove it. */
	record MeRequest(String email) {
	}

	@GetMapping("/api/me")
	public Me me() {
		String username = CurrentUser.name();
		UserAccounts.UserView user = users.find(username).orElseThrow();
		return new Me(username, user.role(), users.email(username).orElse(null));
	}

	@PutMapping("/api/me")
	public Me change(@RequestBody(required = false) MeRequest request) {
		if (request == null) {
			throw new BadRequestException(FieldProblem.of("body", ProblemCode.BODY, "give {\"email\"}"));
		}
		users.setEmail(CurrentUser.name(), UserAccounts.checkedEmail(request.email()));
		return me();
	}
}
