package org.mosty.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.solr.SolrFields;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The access levels a user may see: anonymous readers and READER accounts PUBLIC; members PUBLIC and MEMBERS;
 * editors and admins everything. Every read path filters with it, inside Solr.
 */
public record AccessScope(Set<AccessLevel> levels) {

	public AccessScope {
		levels = Set.copyOf(levels);
	}

	public static AccessScope of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return new AccessScope(EnumSet.of(AccessLevel.PUBLIC));
		}
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		if (authorities.contains(Role.ADMIN.authority()) || authorities.contains(Role.EDITOR.authority())) {
			return new AccessScope(EnumSet.allOf(AccessLevel.class));
		}
		if (authorities.contains(Role.MEMBER.authority())) {
			return new AccessScope(EnumSet.of(AccessLevel.PUBLIC, AccessLevel.MEMBERS));
		}
		return new AccessScope(EnumSet.of(AccessLevel.PUBLIC));
	}

	/** The scope of a user with this role ({@code null}: an anonymous reader), e.g. for a job acting for them. */
	public static AccessScope of(Role role) {
		if (role == null) {
			return new AccessScope(EnumSet.of(AccessLevel.PUBLIC));
		}
		return switch (role) {
			case ADMIN, EDITOR -> new AccessScope(EnumSet.allOf(AccessLevel.class));
			case MEMBER -> new AccessScope(EnumSet.of(AccessLevel.PUBLIC, AccessLevel.MEMBERS));
			case READER -> new AccessScope(EnumSet.of(AccessLevel.PUBLIC));
		};
	}

	/** The scope of the user of the current request. */
	public static AccessScope current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	public boolean allows(AccessLevel level) {
		return levels.contains(level);
	}

	/** Whether this user sees everything, withdrawn documents and file history included (editors, admins). */
	public boolean editor() {
		return levels.containsAll(EnumSet.allOf(AccessLevel.class));
	}

	/**
	 * The Solr filter query; built from the enum only, never from user input. Every read path
	 * that asks Solr (search, facets, snippets, suggest, related, feeds, OAI-PMH, sitemap) adds it.
	 */
	public String filterQuery() {
		return SolrFields.ACCESS + ":("
				+ levels.stream().map(AccessLevel::name).sorted().collect(Collectors.joining(" OR ")) + ")";
	}
}
