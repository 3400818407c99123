package org.mosty.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mosty.api.BadRequestException;
import org.mosty.api.ConflictException;
import org.mosty.api.NotFoundException;
import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins manage users: {@code POST/GET/PUT/DELETE /api/admin/users}. Passwords are stored as
 * bcrypt hashes and never returned; the last admin can be neither deleted nor demoted.
 */
@RestController
class UserAdminController {

	private final UserAccounts users;

	private final PasswordEncoder encoder;

	public UserAdminController(UserAccounts users, PasswordEncoder encoder) {
		this.users = users;
		this.encoder = encoder;
	}

	/** The body of create and update; on update, absent fields stay as they are. */
	public record UserRequest(String username, String password, String role) {
	}

	@GetMapping("/api/admin/users")
	public List<UserAccounts.UserView> list() {
		return users.list();
	}

	@GetMapping("/api/admin/users/{username}")
	public UserAccounts.UserView get(@PathVariable String username) {
		return users.find(username).orElseThrow(() -> new NotFoundException("No user " + shorten(username)));
	}

	@PostMapping("/api/admin/users")
	@Transactional
	public ResponseEntity<UserAccounts.UserView> create(@RequestBody(required = false) UserRequest request) {
		if (request == null) {
			throw new BadRequestException(
					FieldProblem.of("body", ProblemCode.BODY, "give {\"username\", \"password\", \"role\"}"));
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (request.username() == null || !UserAccounts.USERNAME.matcher(request.username()).matches()) {
			problems.add(FieldProblem.of("username", ProblemCode.USERNAME,
					"3 to 64 letters, digits, dots, hyphens or underscores"));
		}
		checkPassword(request.password(), true, problems);
		Role role = role(request.role(), true, problems);
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		if (users.find(request.username()).isPresent()) {
			throw new ConflictException("User " + request.username() + " already exists");
		}
		users.create(CurrentUser.name(), request.username(), encoder.encode(request.password()), role);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Location", "/api/admin/users/" + request.username())
			.body(users.find(request.username()).orElseThrow());
	}

	@PutMapping("/api/admin/users/{username}")
	@Transactional
	public UserAccounts.UserView update(@PathVariable String username,
			@RequestBody(required = false) UserRequest request) {
		UserAccounts.UserView existing = get(username);
		if (request == null) {
			throw new BadRequestException(
					FieldProblem.of("body", ProblemCode.BODY, "give {\"password\"} and/or {\"role\"}"));
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (request.username() != null && !request.username().equals(username)) {
			problems.add(FieldProblem.of("username", ProblemCode.USERNAME_FIXED,
					"cannot be changed (create a new user instead)"));
		}
		checkPassword(request.password(), false, problems);
		Role role = role(request.role(), false, problems);
		if (request.password() == null && role == null && problems.isEmpty()) {
			problems.add(FieldProblem.of("body", ProblemCode.BODY, "give a password, a role or both"));
		}
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		Role newRole = role == null ? existing.role() : role;
		if (existing.role() == Role.ADMIN && newRole != Role.ADMIN && users.countAdmins() <= 1) {
			throw new ConflictException("User " + username + " is the last admin and cannot be demoted");
		}
		String hash = request.password() == null ? users.passwordHash(username).orElseThrow()
				: encoder.encode(request.password());
		users.update(CurrentUser.name(), username, hash, newRole,
				(role == null ? "" : " role " + newRole) + (request.password() == null ? "" : " password changed"));
		return get(username);
	}

	@DeleteMapping("/api/admin/users/{username}")
	@Transactional
	public ResponseEntity<Void> delete(@PathVariable String username) {
		UserAccounts.UserView existing = get(username);
		if (existing.role() == Role.ADMIN && users.countAdmins() <= 1) {
			throw new ConflictException("User " + username + " is the last admin and cannot be deleted");
		}
		users.delete(CurrentUser.name(), username);
		return ResponseEntity.noContent().build();
	}

	private static void checkPassword(String password, boolean required, List<FieldProblem> problems) {
		if (password == null) {
			if (required) {
				problems.add(FieldProblem.required("password"));
			}
			return;
		}
		PasswordRules.problem("password", password).ifPresent(problems::add);
	}

	private static Role role(String value, boolean required, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(FieldProblem.of("role", ProblemCode.REQUIRED, "is required (READER, MEMBER, EDITOR or ADMIN)"));
			}
			return null;
		}
		try {
			return Role.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(FieldProblem.of("role", ProblemCode.CHOICE, "use READER, MEMBER, EDITOR or ADMIN", "READER, MEMBER, EDITOR, ADMIN"));
			return null;
		}
	}

	private static String shorten(String value) {
		return value.length() > 64 ? value.substring(0, 64) + "…" : value;
	}
}
