package org.mosty.web.i18n;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/** Which of the three UI languages a request wants. */
public final class UiLanguage {

	public static final List<String> LANGUAGES = List.of("pl", "uk", "en");

	private static final java.util.Map<String, String> ENDONYMS = java.util.Map.of("pl", "polski", "uk", "українська",
			"en", "English");

	/** The UI language's name in itself ("українська"), or {@code null} for another language. */
	public static String endonym(String code) {
		return code == null ? null : ENDONYMS.get(code);
	}

	/** {@code path} (not encoded) in the UI language {@code lang}: {@code /documents/1?lang=uk}. */
	public static String link(String path, String lang) {
		return UriComponentsBuilder.fromPath(path).queryParam("lang", lang).build().toUriString();
	}

	static final String COOKIE = "mosty-lang";

	private UiLanguage() {
	}

	/** {@code ?lang=}, the cookie, Accept-Language, Polish: the first that names pl, uk or en. */
	public static String of(HttpServletRequest request) {
		// asked several times per request (locale resolver, page model, controller): decided once
		Object decided = request.getAttribute(ATTRIBUTE);
		if (decided instanceof String lang) {
			return lang;
		}
		String lang = decide(request);
		request.setAttribute(ATTRIBUTE, lang);
		return lang;
	}

	private static final String ATTRIBUTE = UiLanguage.class.getName();

	private static String decide(HttpServletRequest request) {
		String chosen = parameter(request);
		if (chosen != null) {
			return chosen;
		}
		String remembered = cookie(request);
		if (remembered != null) {
			return remembered;
		}
		String header = request.getHeader("Accept-Language");
		if (header != null && !header.isBlank()) {
			try {
				Locale best = Locale.lookup(Locale.LanguageRange.parse(header),
						LANGUAGES.stream().map(Locale::forLanguageTag).toList());
				if (best != null) {
					return best.getLanguage();
				}
			}
			catch (IllegalArgumentException ex) {
				// a malformed header: the default
			}
		}
		return "pl";
	}

	/** A valid {@code lang} of the query string, else {@code null}. */
	static String parameter(HttpServletRequest request) {
		// the query string only: getParameter would make the container parse a multipart body
		// here, before Spring can answer an oversized upload with 413
		String query = query(request);
		if (query == null || !query.contains("lang=")) {
			return null;
		}
		String lang = UriComponentsBuilder.fromUriString("?" + query).build().getQueryParams().getFirst("lang");
		return valid(lang);
	}

	/**
	 * The query string the user sent: on an error page (an ERROR dispatch to {@code /error}), the
	 * original request's.
	 */
	public static String query(HttpServletRequest request) {
		if (request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) instanceof String original) {
			return original;
		}
		return request.getQueryString();
	}

	static String cookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return valid(cookie.getValue());
			}
		}
		return null;
	}

	private static String valid(String lang) {
		return lang != null && LANGUAGES.contains(lang) ? lang : null;
	}
}
