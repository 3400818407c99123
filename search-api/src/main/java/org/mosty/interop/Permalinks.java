package org.mosty.interop;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute, stable addresses of documents: {@code <base>/documents/<ULID>}. The id never changes
 * (a new file is a new version of the same document), so neither does the permalink.
 */
@Component
public class Permalinks {

	private final InteropProperties properties;

	public Permalinks(InteropProperties properties) {
		this.properties = properties;
	}

	/** The public base address without a trailing slash. */
	public String base() {
		String configured = properties.baseUrl();
		if (configured != null && !configured.isBlank()) {
			return configured.strip().replaceAll("/+$", "");
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	public String document(String id) {
		return base() + "/documents/" + id;
	}

	/** A {@code tag:} URI (RFC 4151) under the repository identifier, stable across hosts. */
	public String tag(String specific) {
		return "tag:" + properties.repositoryIdentifier() + ",2025:" + specific;
	}
}
