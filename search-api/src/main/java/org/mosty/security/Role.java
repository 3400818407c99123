package org.mosty.security;

/** What a signed-in user may do. Anonymous readers have no role. */
public enum Role {
	MEMBER, EDITOR, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}
}
