package org.mosty.web.layout;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.solr.common.SolrException;
import org.mosty.api.BadRequestException;
import org.mosty.api.ConflictException;
import org.mosty.api.NotFoundException;
import org.mosty.indexer.intake.InvalidMetadataException;
import org.mosty.indexer.intake.RejectedFileException;
import org.mosty.indexer.editorial.EditorialException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The errors of the MVC layer (an unknown page, a wrong method or parameter, a file over the
 * upload limit, a conflict) for a browser: the localized {@link ErrorPages error page} with the
 * right status, instead of the API's English problem+json. Asked before the API's handlers; a
 * request under {@code /api/} or one that does not ask for HTML is left to them, unchanged. A
 * missing document keeps its own page ({@code PageModel}), and an unexpected exception goes on to
 * Boot's {@code /error}, which {@link ErrorPages} renders too.
 */
@Component
class HtmlErrors implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(HtmlErrors.class);

	private final ErrorPages pages;

	HtmlErrors(ErrorPages pages) {
		this.pages = pages;
	}

	/** After Boot's error attributes (which only record the exception), before the MVC handlers (order 0). */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!wantsHtml(request) || response.isCommitted() || ex instanceof NotFoundException) {
			return null;
		}
		HttpStatus status = status(ex);
		if (status == null) {
			return null;
		}
		if (status.is5xxServerError()) {
			log.error("{} {} failed", request.getMethod(), request.getRequestURI(), ex);
		}
		return pages.page(request, status);
	}

	/** A browser's request for a page: not the API, and HTML among the types it accepts. */
	static boolean wantsHtml(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (path == null || path.startsWith("/api/") || path.equals("/api")) {
			return false;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && (accept.contains("text/html") || accept.contains("application/xhtml+xml"));
	}

	/** The status of the errors answered here, {@code null} for the others. */
	private static HttpStatus status(Exception ex) {
		if (ex instanceof ErrorResponse response) { // Spring MVC's own: 404 unknown page, 405, 413, 415, …
			return HttpStatus.resolve(response.getStatusCode().value());
		}
		if (ex instanceof BadRequestException || ex instanceof InvalidMetadataException
				|| ex instanceof TypeMismatchException) {
			return HttpStatus.BAD_REQUEST;
		}
		if (ex instanceof RejectedFileException rejected) {
			return rejected.reason() == RejectedFileException.Reason.UNSUPPORTED_TYPE
					? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST;
		}
		if (ex instanceof ConflictException || ex instanceof EditorialException) {
			return HttpStatus.CONFLICT;
		}
		if (ex instanceof SolrException solr) {
			return solr.code() == SolrException.ErrorCode.BAD_REQUEST.code ? HttpStatus.BAD_REQUEST
					: HttpStatus.SERVICE_UNAVAILABLE;
		}
		return null;
	}
}
