package org.mosty.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.mosty.indexer.intake.InvalidMetadataException;
import org.mosty.indexer.intake.RejectedFileException;
import org.mosty.indexer.editorial.EditorialException;
import org.mosty.problem.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 9457 problem+json with a detail a person can act on. A bad parameter is
 * 400, never 500; Solr or the database being away is 503 with {@code Retry-After}.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	/** What a client told to come back is told to wait, in seconds. */
	static final long RETRY_AFTER_SECONDS = 10;

	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Bad request", ex.getMessage());
		problem.setProperty("problems", members(ex.problems()));
		return problem;
	}

	@ExceptionHandler(InvalidMetadataException.class)
	ProblemDetail invalidMetadata(InvalidMetadataException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid metadata", String.join("; ", ex.lines()));
		problem.setProperty("errors", ex.lines());
		problem.setProperty("problems", members(ex.problems()));
		return problem;
	}

	/**
	 * Each problem as an RFC 9457 extension member: {@code field}, the stable {@code code}, its
	 * {@code arguments} and the English {@code detail}. Clients translate the code, not the detail.
	 */
	static List<Map<String, Object>> members(List<FieldProblem> problems) {
		return problems.stream().map(problem -> {
			Map<String, Object> member = new LinkedHashMap<>();
			member.put("field", problem.field());
			member.put("code", problem.code().code());
			member.put("arguments", problem.arguments());
			member.put("detail", problem.detail());
			return member;
		}).toList();
	}

	@ExceptionHandler(RejectedFileException.class)
	ProblemDetail rejectedFile(RejectedFileException ex) {
		if (ex.reason() == RejectedFileException.Reason.UNSUPPORTED_TYPE) {
			ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file type",
					"file: " + ex.getMessage());
			problem.setProperty("detectedType", ex.mediaType());
			return problem;
		}
		return problem(HttpStatus.BAD_REQUEST, "Bad request", "file: " + ex.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", Long.toString(Math.max(1, ex.retryAfter().toSeconds())))
			.body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", ex.getMessage()));
	}

	@ExceptionHandler(EditorialException.class)
	ProblemDetail editorial(EditorialException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
	}

	@ExceptionHandler(SolrException.class)
	ResponseEntity<ProblemDetail> solr(SolrException ex) {
		if (ex.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
			return ResponseEntity.badRequest()
				.body(problem(HttpStatus.BAD_REQUEST, "Bad request", "The search could not be parsed: " + ex.getMessage()));
		}
		log.error("Solr failed", ex);
		return unavailable("Search unavailable", "The index did not answer; try again in a moment.");
	}

	@ExceptionHandler({ IndexUnavailableException.class, SolrServerException.class })
	ResponseEntity<ProblemDetail> indexUnavailable(Exception ex) {
		log.warn("Solr did not answer: {}", ex.getMessage());
		return unavailable("Search unavailable", "The index did not answer; try again in a moment.");
	}

	@ExceptionHandler(DataAccessResourceFailureException.class)
	ResponseEntity<ProblemDetail> catalogueUnavailable(DataAccessResourceFailureException ex) {
		log.warn("The catalogue database did not answer: {}", ex.getMessage());
		return unavailable("Catalogue unavailable", "The catalogue database did not answer; try again in a moment.");
	}

	/** 503 with Retry-After: Solr or the database is away, and the same request may succeed soon. */
	private static ResponseEntity<ProblemDetail> unavailable(String title, String detail) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, title, detail));
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large",
				"The upload is larger than the limit of " + readable(ex.getMaxUploadSize()) + ".");
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	private static String readable(long bytes) {
		if (bytes <= 0) {
			return "the configured size";
		}
		return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024) + " KB";
	}
}
