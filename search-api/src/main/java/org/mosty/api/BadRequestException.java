package org.mosty.api;

import java.util.List;
import java.util.stream.Collectors;

import org.mosty.problem.FieldProblem;

/**
 * A request parameter or body Mosty cannot accept; answered 400 with the problems' English lines
 * as detail and the problems themselves, with their codes, as the extension member {@code problems}.
 */
public class BadRequestException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<FieldProblem> problems;

	public BadRequestException(FieldProblem problem) {
		this(List.of(problem));
	}

	public BadRequestException(List<FieldProblem> problems) {
		super(problems.stream().map(FieldProblem::line).collect(Collectors.joining("; ")));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("a bad request has at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}
}
