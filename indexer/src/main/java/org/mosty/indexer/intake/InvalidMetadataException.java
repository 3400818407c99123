package org.mosty.indexer.intake;

import java.util.List;
import java.util.stream.Collectors;

import org.mosty.problem.FieldProblem;

/** Metadata that does not pass validation; {@link #problems()} says what to fix, field by field, with codes. */
public class InvalidMetadataException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<FieldProblem> problems;

	public InvalidMetadataException(List<FieldProblem> problems) {
		super("Invalid metadata: " + problems.stream().map(FieldProblem::line).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** The problems as "field: detail" lines, in English. */
	public List<String> lines() {
		return problems.stream().map(FieldProblem::line).toList();
	}
}
