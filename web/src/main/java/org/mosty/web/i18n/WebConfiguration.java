package org.mosty.web.i18n;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The UI language: {@code ?lang=pl|uk|en} (then remembered in a cookie), else the cookie, else
 * the browser's Accept-Language, else Polish.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		return new LocaleResolver() {
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return Locale.forLanguageTag(UiLanguage.of(request));
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				throw new UnsupportedOperationException("The language is chosen by the lang parameter");
			}
		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String chosen = UiLanguage.parameter(request);
				if (chosen != null && !chosen.equals(UiLanguage.cookie(request))) {
					Cookie cookie = new Cookie(UiLanguage.COOKIE, chosen);
					cookie.setPath("/");
					cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
					cookie.setHttpOnly(true);
					cookie.setAttribute("SameSite", "Lax");
					response.addCookie(cookie);
				}
				return true;
			}
		}).excludePathPatterns(List.of("/api/**", "/webjars/**", "/*.css", "/*.js"));
	}
}
