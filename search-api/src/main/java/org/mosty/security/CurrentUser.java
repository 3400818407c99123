package org.mosty.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The name of the user of the current request, as the audit log records it. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return "anonymous";
		}
		return authentication.getName();
	}
}
