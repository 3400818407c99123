package org.mosty.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts of a locked user name and address before the password is checked:
 * HTTP Basic gets 429 problem+json, the login form a short page saying when to try again. Failures
 * and successes are counted from Spring Security's authentication events.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	public LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String basicUser = basicUsername(request);
		boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
		String username = basicUser != null ? basicUser : form ? request.getParameter("username") : null;
		if (username != null) {
			Duration locked = throttle.lockedFor(username, request.getRemoteAddr());
			if (!locked.isZero()) {
				long minutes = Math.max(1, (locked.toSeconds() + 59) / 60);
				response.setStatus(429);
				response.setHeader("Retry-After", Long.toString(Math.max(1, locked.toSeconds())));
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				String detail = "Too many failed sign-ins for this user; try again in " + minutes + " minute"
						+ (minutes == 1 ? "" : "s") + ".";
				if (basicUser != null) {
					response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
					response.getWriter()
						.write("{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,\"detail\":\""
								+ detail + "\"}");
				}
				else {
					response.setContentType(MediaType.TEXT_HTML_VALUE);
					response.getWriter()
						.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Mosty</title></head><body>"
								+ "<p role=\"alert\">" + detail + "</p><p><a href=\"/login\">Sign in</a></p></body></html>");
				}
				return;
			}
		}
		chain.doFilter(request, response);
	}

	static String basicUsername(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Counts failures and successes of both sign-in ways (form and HTTP Basic). */
	public static class Events {

		private final LoginThrottle throttle;

		public Events(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@EventListener
		public void failed(AbstractAuthenticationFailureEvent event) {
			throttle.failed(event.getAuthentication().getName(), address(event.getAuthentication()));
		}

		@EventListener
		public void succeeded(AuthenticationSuccessEvent event) {
			throttle.succeeded(event.getAuthentication().getName(), address(event.getAuthentication()));
		}

		private static String address(Authentication authentication) {
			return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
					: null;
		}
	}
}
