package org.mosty.web.layout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mosty.web.i18n.UiLanguage;
import org.mosty.api.NotFoundException;
import org.mosty.api.TooManyRequestsException;
import org.mosty.security.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** What every page's layout needs: the language, the language switch links, the signed-in user. */
@ControllerAdvice(basePackages = "org.mosty.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageModel {

	/** A document the user may not see answers like a missing one: a page saying so, 404. */
	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(HttpServletRequest request, Model model) {
		layout(request, model);
		return "layout/not-found";
	}

	/**
	 * Too many requests of one kind from one address (sign-up and reset e-mails, unknown one-time
	 * links): 429 with Retry-After and the error page saying to wait.
	 */
	@ExceptionHandler(TooManyRequestsException.class)
	void tooMany(TooManyRequestsException ex, HttpServletResponse response) throws java.io.IOException {
		response.setHeader("Retry-After", Long.toString(Math.max(1, ex.retryAfter().toSeconds())));
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
	}

	/** The signed-in user and the highest role, for the header. */
	public record User(String name, String role) {

		public boolean isEditor() {
			return Role.EDITOR.name().equals(role) || Role.ADMIN.name().equals(role);
		}
	}

	/** The header's links in the page's language: the site's pages and the same page in each language. */
	public record LayoutLinks(String home, String search, String editor, String upload, String runs, String login,
			List<LanguageLink> languages) {
	}

	/** The current page in another language ({@code current}: this one), named in that language. */
	public record LanguageLink(String code, String name, String url, boolean current) {
	}

	/** The language, the language switch links and the signed-in user, for the layout ({@code templates/layout/page.html}). */
	@ModelAttribute
	void layout(HttpServletRequest request, Model model) {
		model.addAllAttributes(attributes(request, langLinks(request)));
	}

	/**
	 * The layout's attributes for a page in the request's language with these language switch
	 * links (also for the error pages, which are rendered outside the controllers).
	 */
	Map<String, Object> attributes(HttpServletRequest request, Map<String, String> langLinks) {
		String lang = UiLanguage.of(request);
		User user = user();
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("lang", lang);
		attributes.put("langLinks", langLinks);
		attributes.put("user", user);
		attributes.put("languageLinks", layoutLinks(lang, langLinks));
		return attributes;
	}

	private static LayoutLinks layoutLinks(String lang, Map<String, String> langLinks) {
		String parameter = "?lang=" + UriUtils.encodeQueryParam(lang, StandardCharsets.UTF_8);
		List<LanguageLink> languages = new ArrayList<>(UiLanguage.LANGUAGES.size());
		for (String code : UiLanguage.LANGUAGES) {
			languages.add(new LanguageLink(code, UiLanguage.endonym(code), langLinks.get(code), code.equals(lang)));
		}
		return new LayoutLinks("/" + parameter, "/search" + parameter, "/editor" + parameter,
				"/editor/upload" + parameter, "/editor/runs" + parameter, "/login" + parameter, List.copyOf(languages));
	}

	/** The current page in each language: same path and query, other {@code lang}. */
	static Map<String, String> langLinks(HttpServletRequest request) {
		boolean get = "GET".equals(request.getMethod());
		String path = request.getRequestURI();
		if (path.equals("/error") || path.equals("/login") && !get) {
			path = "/";
		}
		return langLinks(path, get ? request.getQueryString() : null);
	}

	/** {@code path} (as sent, encoded) with {@code query} (or none) in each language. */
	static Map<String, String> langLinks(String path, String query) {
		Map<String, String> links = new LinkedHashMap<>();
		for (String lang : UiLanguage.LANGUAGES) {
			UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
			if (query != null) {
				builder.query(query);
			}
			String link;
			try {
				link = builder.replaceQueryParam("lang", lang).build(true).toUriString();
			}
			catch (IllegalArgumentException ex) { // a malformed query string: the page in that language
				link = UriComponentsBuilder.fromPath(path).queryParam("lang", lang).build().encode().toUriString();
			}
			links.put(lang, link);
		}
		return links;
	}

	static User user() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		String role = null;
		for (Role candidate : Role.values()) { // MEMBER, EDITOR, ADMIN: the last held wins
			for (GrantedAuthority authority : authentication.getAuthorities()) {
				if (candidate.authority().equals(authority.getAuthority())) {
					role = candidate.name();
				}
			}
		}
		return new User(authentication.getName(), role);
	}
}
