package org.mosty.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class UiLanguageTests {

	@Test
	void theParameterWinsThenTheCookieThenTheBrowserThenPolish() {
		assertThat(UiLanguage.of(request(null, null, null))).isEqualTo("pl");
		assertThat(UiLanguage.of(request("de-DE,uk;q=0.8,en;q=0.5", null, null))).isEqualTo("uk");
		assertThat(UiLanguage.of(request("de-DE,uk;q=0.8,en;q=0.5", "en", null))).isEqualTo("en");
		assertThat(UiLanguage.of(request("de-DE,uk;q=0.8,en;q=0.5", "en", "q=x&lang=pl"))).isEqualTo("pl");
	}

	private static MockHttpServletRequest request(String acceptLanguage, String cookie, String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
		if (acceptLanguage != null) {
			request.addHeader("Accept-Language", acceptLanguage);
		}
		if (cookie != null) {
			request.setCookies(new Cookie(UiLanguage.COOKIE, cookie));
		}
		request.setQueryString(query);
		return request;
	}

	@Test
	void unknownValuesAreIgnored() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
		request.setQueryString("lang=de");
		request.setCookies(new Cookie(UiLanguage.COOKIE, "<script>"));
		request.addHeader("Accept-Language", "fr-FR,de;q=0.9");
		assertThat(UiLanguage.of(request)).isEqualTo("pl");
		assertThat(UiLanguage.parameter(request)).isNull();
	}

	@Test
	void aMalformedAcceptLanguageIsIgnored() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.addHeader("Accept-Language", ";;;q=x");
		assertThat(UiLanguage.of(request)).isEqualTo("pl");
	}
}
