package org.mosty.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;

/** The one rule for passwords, wherever one is set (admins, registration, reset): 8 characters to 72 bytes (bcrypt's limit). */
public final class PasswordRules {

	public static final int MIN_CHARS = 8;

	public static final int MAX_BYTES = 72;

	private PasswordRules() {
	}

	/** The problem with {@code password} as the value of {@code field}, if any. */
	public static Optional<FieldProblem> problem(String field, String password) {
		if (password == null || password.isEmpty()) {
			return Optional.of(FieldProblem.required(field));
		}
		if (password.length() < MIN_CHARS || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of(FieldProblem.of(field, ProblemCode.PASSWORD, "must have at least " + MIN_CHARS
					+ " characters and at most " + MAX_BYTES + " bytes", MIN_CHARS, MAX_BYTES));
		}
		return Optional.empty();
	}
}
