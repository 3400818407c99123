package org.mosty.web.layout;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.mosty.web.i18n.UiFormat;
import org.mosty.web.i18n.UiLanguage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page ({@code templates/layout/error.html}) in the page's language, inside the site's layout:
 * the status, what it means, a way back to the search (and for a file over the upload limit, the
 * limit and a way back to the form). Spring Boot's {@code /error} controller
 * asks this resolver for browsers (errors raised outside the controllers: access denied by the
 * security filters, an unexpected exception); {@link HtmlErrors} uses it for the errors of the MVC
 * layer. Machine clients ({@code Accept} without HTML) keep Boot's JSON; the API answers
 * problem+json before any of this.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages implements ErrorViewResolver {

	/** The statuses with their own title and explanation ({@code w.error.<status>.*}); others use 400 or 500. */
	static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 409, 413, 415, 429, 500, 503);

	private static final Pattern VERSION = Pattern.compile("/editor/documents/([0-9A-Z]{26})/version");

	private final PageModel pageModel;

	private final MessageSource messages;

	private final UiFormat format;

	/** The upload limit in bytes as configured ({@code mosty.upload.max-size}), or -1. */
	private final long uploadLimit;

	ErrorPages(PageModel pageModel, MessageSource messages, UiFormat format,
			ObjectProvider<MultipartProperties> multipart) {
		this.pageModel = pageModel;
		this.messages = messages;
		this.format = format;
		MultipartProperties limits = multipart.getIfAvailable();
		this.uploadLimit = limits == null || limits.getMaxFileSize() == null ? -1 : limits.getMaxFileSize().toBytes();
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return page(request, status);
	}

	/** The error page for {@code status}. */
	ModelAndView page(HttpServletRequest request, HttpStatus status) {
		int code = status.value();
		String path = request.getRequestURI();
		String query = request.getQueryString();
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original ? original : "/";
			query = UiLanguage.query(request);
		}
		String form = code == 413 ? formOf(path) : null;
		if (!"GET".equals(request.getMethod()) || path.equals("/error")) {
			// a failed form post: the language links lead to the search page, not to a GET of the post's address
			path = "/";
			query = null;
		}
		ModelAndView page = new ModelAndView("layout/error", status);
		page.addAllObjects(pageModel.attributes(request, PageModel.langLinks(path, query)));
		page.addObject("status", code);
		page.addObject("errorKey", EXPLAINED.contains(code) ? String.valueOf(code) : code >= 500 ? "500" : "400");
		page.addObject("signIn", code == 403 || code == 401);
		if (code == 413) {
			// the body was not read: the editor chooses a smaller file on the form's page
			page.addObject("back", form);
			if (uploadLimit > 0) {
				page.addObject("detail", messages.getMessage("w.error.413.limit",
						new Object[] { format.size(uploadLimit, UiLanguage.of(request)) },
						Locale.forLanguageTag(UiLanguage.of(request))));
			}
		}
		return page;
	}

	/** The page of the form an upload was sent from, {@code null} for other addresses. */
	static String formOf(String path) {
		if ("/editor/upload".equals(path)) {
			return path;
		}
		Matcher version = VERSION.matcher(path == null ? "" : path);
		return version.matches() ? "/documents/" + version.group(1) : null;
	}
}
