package org.mosty.web.account;

import org.mosty.security.LoginThrottle;
import org.mosty.security.LoginThrottleFilter;
import org.mosty.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The pages' security: everything outside {@code /api/**} (whose chain, HTTP Basic without a
 * session, is search-api's). Form login on this module's own localised page with a session and
 * CSRF, the editor's pages for editors and admins, failed sign-ins throttled per user name and
 * address like the API's. It lives here because the pages do (issue 20); search-api alone serves
 * only the API, OAI-PMH, feeds and sitemaps, which need no session.
 */
@Configuration(proxyBeanMethods = false)
class UiSecurity {

	/** The sign-in page ({@code LoginController}); POST to it signs in. */
	static final String LOGIN = "/login";

	@Bean
	@Order(2)
	SecurityFilterChain ui(HttpSecurity http, LoginThrottle throttle) throws Exception {
		// CSRF stays on (Spring Security's default): every form post needs the session's token
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/editor/**").hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
				// issue 19: a user's saved searches and e-mail address, any role
				.requestMatchers("/me/**").authenticated()
				.anyRequest().permitAll())
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			// OAI-PMH allows POST forms from harvesters: read-only, no session state to forge
			// RFC 8058: a mail program's one-click unsubscribe POST has no session; its signed token is the check
			.csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/oai"),
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/alerts/unsubscribe")))
			.formLogin(form -> form.loginPage(LOGIN).permitAll())
			.logout(Customizer.withDefaults());
		return http.build();
	}
}
