package org.mosty.indexer.intake;

import java.util.Collection;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;

/**
 * A bean constraint's violation as a {@link FieldProblem}: the code comes from the constraint's
 * type and the field, never from its English message, so rewording a message changes no code.
 */
final class ConstraintProblems {

	private ConstraintProblems() {
	}

	static FieldProblem of(ConstraintViolation<?> violation) {
		String path = violation.getPropertyPath().toString();
		String detail = violation.getMessage();
		Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
		String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
		return switch (constraint) {
			case "NotBlank", "NotNull", "NotEmpty" ->
				FieldProblem.of(path, "title".equals(path) ? ProblemCode.TITLE : ProblemCode.REQUIRED, detail);
			case "Size" -> {
				Object value = violation.getInvalidValue();
				boolean items = value instanceof Collection || value instanceof Map;
				yield FieldProblem.of(path, items ? ProblemCode.MAX_ITEMS : ProblemCode.MAX_CHARS, detail, attributes.get("max"));
			}
			case "Min" -> FieldProblem.of(path, ProblemCode.MIN, detail, attributes.get("value"));
			case "Max" -> FieldProblem.of(path, ProblemCode.MAX, detail, attributes.get("value"));
			case "Pattern" -> FieldProblem.of(path, pattern(path), detail);
			default -> FieldProblem.of(path, ProblemCode.FORMAT, detail);
		};
	}

	/** What a pattern checks, by the field it is on. */
	private static ProblemCode pattern(String path) {
		if (path.equals("language")) {
			return ProblemCode.LANGUAGE;
		}
		if (path.equals("sourceUrl")) {
			return ProblemCode.URL;
		}
		if (path.startsWith("titles<")) {
			return ProblemCode.LANG;
		}
		return ProblemCode.FORMAT;
	}
}
