package org.mosty.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a request or with a document's metadata (issue 20): the field (a request
 * parameter such as {@code year.from} or a metadata property path such as {@code topics[0]}), a
 * stable {@link ProblemCode}, the code's arguments, and the English detail for people reading the
 * raw answer. The API sends all four as members of the RFC 9457 extension {@code problems}; the
 * pages translate the code and arguments, so no one reads the English to find out what went wrong.
 *
 * @param field the parameter or property path
 * @param code what is wrong
 * @param arguments the values the code's message needs (limits, the allowed values), as text
 * @param detail the English detail, for logs and people
 */
public record FieldProblem(String field, ProblemCode code, List<String> arguments, String detail) {

	public FieldProblem {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(detail, "detail");
		arguments = List.copyOf(arguments);
	}

	public static FieldProblem of(String field, ProblemCode code, String detail, Object... arguments) {
		return new FieldProblem(field, code, Arrays.stream(arguments).map(String::valueOf).toList(), detail);
	}

	public static FieldProblem required(String field) {
		return of(field, ProblemCode.REQUIRED, "is required");
	}

	public static FieldProblem between(String field, long min, long max) {
		return of(field, ProblemCode.BETWEEN, "must be between " + min + " and " + max, min, max);
	}

	public static FieldProblem number(String field) {
		return of(field, ProblemCode.NUMBER, "must be a whole number");
	}

	public static FieldProblem maxChars(String field, int max) {
		return of(field, ProblemCode.MAX_CHARS, "at most " + max + " characters", max);
	}

	public static FieldProblem once(String field) {
		return of(field, ProblemCode.ONCE, "give it once");
	}

	public static FieldProblem lang(String field) {
		return of(field, ProblemCode.LANG, "use pl, uk or en");
	}

	public static FieldProblem choice(String field, List<String> allowed) {
		return of(field, ProblemCode.CHOICE, "use " + String.join(", ", allowed), String.join(", ", allowed));
	}

	/** "field: detail", the wording of the API's {@code detail} and {@code errors}. */
	public String line() {
		return field + ": " + detail;
	}

	@Override
	public String toString() {
		return line();
	}
}
