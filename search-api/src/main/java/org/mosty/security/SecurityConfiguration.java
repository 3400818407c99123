package org.mosty.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may do what. Anyone may read (what each user sees is filtered by {@link AccessScope});
 * changing anything under {@code /api/**} and listing the catalogue needs an editor or an admin.
 * The API uses HTTP Basic without a session; the UI uses form login with a session and CSRF.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
public class SecurityConfiguration {

	private static final String[] EDITORS = { Role.EDITOR.name(), Role.ADMIN.name() };

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		AuthenticationEntryPoint signIn = problem(401, "Unauthorized", "Sign in with HTTP Basic as an editor or admin.");
		http.securityMatcher(api)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/documents").hasAnyRole(EDITORS)
				.requestMatchers(HttpMethod.GET, "/api/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
				.anyRequest().hasAnyRole(EDITORS))
			.httpBasic(basic -> basic.authenticationEntryPoint(signIn))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint(signIn)
				.accessDeniedHandler(denied()))
			.csrf(csrf -> csrf.disable()) // stateless Basic auth: no cookie, nothing to forge
			.sessionManagement(session -> session
				.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain ui(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/editor/**").hasAnyRole(EDITORS)
				.anyRequest().permitAll())
			.formLogin(Customizer.withDefaults())
			.logout(Customizer.withDefaults());
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
				"This needs the role EDITOR or ADMIN.");
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
