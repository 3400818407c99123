package org.mosty.operations;

import org.mosty.security.LoginThrottle;
import org.mosty.security.ThrottledBasic;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may read the actuator: {@code /actuator/health} anyone (status only; details for admins,
 * {@code management.endpoint.health.show-details=when-authorized}), {@code /actuator/prometheus}
 * the role {@code mosty.operations.metrics-role} with HTTP Basic, behind the same sign-in throttle
 * as the API ({@link ThrottledBasic}); nothing else is exposed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OperationsProperties.class)
class OperationsSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain actuator(HttpSecurity http, OperationsProperties properties, LoginThrottle throttle)
			throws Exception {
		ThrottledBasic.apply(http, throttle, null);
		http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers(HttpMethod.GET, "/actuator/prometheus").hasRole(properties.metricsRole())
				.anyRequest().denyAll())
			.csrf(csrf -> csrf.disable()) // read-only, stateless: nothing to forge
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}
}
