package org.mosty.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may do what. Anyone may read (what each user sees is filtered by {@link AccessScope});
 * changing anything under {@code /api/**}, listing the catalogue, file versions, the audit log and
 * job runs need an editor or an admin; {@code /api/admin/**} (users, reindex) needs an admin.
 * The API uses HTTP Basic without a session; the pages' chain (form login with a session and
 * CSRF, everything outside {@code /api/**}) is the web module's. Failed sign-ins are throttled per
 * user name and address ({@link LoginThrottle}), in both.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class SecurityConfiguration {

	private static final String[] EDITORS = { Role.EDITOR.name(), Role.ADMIN.name() };

	/**
	 * bcrypt with the cost of {@code mosty.security.bcrypt-strength} (10 by default; each step
	 * doubles the time). A stored hash carries its own cost, so changing it affects new
	 * passwords only; tests lower it to keep hundreds of signed-in requests fast.
	 */
	@Bean
	PasswordEncoder passwordEncoder(PasswordProperties passwords) {
		return new BCryptPasswordEncoder(passwords.bcryptStrength());
	}

	@Bean
	LoginThrottle loginThrottle() {
		return new LoginThrottle(Clock.systemUTC());
	}

	@Bean
	LoginThrottleFilter.Events loginThrottleEvents(LoginThrottle throttle) {
		return new LoginThrottleFilter.Events(throttle);
	}

	/**
	 * No Micrometer observation around each security filter, authentication and authorization:
	 * with an observation registry present (Actuator, issue 7) Spring Security otherwise wraps
	 * every filter of every request in one, a large share of the search API's own CPU per request
	 * (issue 9, docs/benchmarks.md). Request timings still come from {@code http.server.requests}.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, LoginThrottle throttle) throws Exception {
		var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		AuthenticationEntryPoint signIn = problem(401, "Unauthorized", "Sign in with HTTP Basic.");
		ThrottledBasic.apply(http, throttle, signIn);
		http.securityMatcher(api)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
				// any method (HEAD runs the GET handler too): the catalogue list and file history
				.requestMatchers("/api/documents", "/api/documents/*/versions", "/api/documents/*/versions/**")
				.hasAnyRole(EDITORS)
				.requestMatchers("/api/audit", "/api/audit/**", "/api/ingest/**").hasAnyRole(EDITORS)
				// issue 19: suggested language versions name documents across the catalogue: editors only
				.requestMatchers("/api/documents/*/translations/suggestions", "/api/documents/*/translations/suggestions/**")
				.hasAnyRole(EDITORS)
				// issue 19: reader accounts are made and recovered without signing in (throttled per address)
				.requestMatchers(HttpMethod.POST, "/api/accounts", "/api/accounts/**").permitAll()
				// issue 19: a user's own settings and saved searches, any role
				.requestMatchers("/api/me", "/api/me/**").authenticated()
				.requestMatchers(HttpMethod.GET, "/api/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
				.anyRequest().hasAnyRole(EDITORS))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint(signIn)
				.accessDeniedHandler(denied()))
			.csrf(csrf -> csrf.disable()) // stateless Basic auth: no cookie, nothing to forge
			.sessionManagement(session -> session
				.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
		return http.build();
	}

	private static AuthenticationEntryPoint problem(int status, String title, String detail) {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Mosty\", charset=\"UTF-8\"");
			write(response, status, title, detail);
		};
	}

	private static AccessDeniedHandler denied() {
		return (request, response, ex) -> write(response, 403, "Forbidden",
				request.getRequestURI().startsWith("/api/admin/") ? "This needs the role ADMIN."
						: "This needs the role EDITOR or ADMIN.");
	}

	private static void write(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}
}
