package org.mosty.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The one way a security filter chain accepts HTTP Basic credentials: always behind the sign-in
 * throttle ({@link LoginThrottleFilter}), so a password cannot be guessed through a chain that
 * forgot it (issue 18: {@code /actuator/health} checked Basic passwords without it). Failures are
 * counted for every chain alike from Spring Security's authentication events.
 */
public final class ThrottledBasic {

	private ThrottledBasic() {
	}

	/** HTTP Basic on this chain, throttled; {@code entryPoint} answers a missing or wrong password. */
	public static HttpSecurity apply(HttpSecurity http, LoginThrottle throttle, AuthenticationEntryPoint entryPoint)
			throws Exception {
		return http.httpBasic(basic -> {
			if (entryPoint != null) {
				basic.authenticationEntryPoint(entryPoint);
			}
		}).addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class);
	}
}
