package org.mosty.security;

/**
 * What a signed-in user may do, from least to most. Anonymous readers have no role; READER is a
 * reader with an account (issue 19: saved searches and alerts), who sees what anonymous readers see.
 */
public enum Role {
	READER, MEMBER, EDITOR, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}
}
