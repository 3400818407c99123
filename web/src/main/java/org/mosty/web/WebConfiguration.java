package org.mosty.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/** UI language from {@code ?lang=pl|uk|en}, Polish by default (cookie and Accept-Language come with the full UI). */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	@Bean
	LocaleResolver localeResolver() {
		return new LocaleResolver() {
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				// the query string only: getParameter would make the container parse a multipart
				// body here, before Spring can answer an oversized upload with 413
				String query = request.getQueryString();
				String lang = query == null ? null
						: UriComponentsBuilder.fromUriString("?" + query).build().getQueryParams().getFirst("lang");
				return switch (lang == null ? "pl" : lang) {
					case "uk" -> Locale.forLanguageTag("uk");
					case "en" -> Locale.ENGLISH;
					default -> Locale.forLanguageTag("pl");
				};
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				throw new UnsupportedOperationException("The language is chosen by the lang parameter");
			}
		};
	}
}
