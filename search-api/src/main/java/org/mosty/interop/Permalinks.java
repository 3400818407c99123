package org.mosty.interop;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute, stable addresses of documents: {@code <base>/documents/<ULID>}. The id never changes
 * (a new file is a new version of the same document), so neither does the permalink.
 */
@Component
public class Permalinks {

	private final InteropProperties properties;

	private final Environment environment;

	public Permalinks(InteropProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	/**
	 * The public base address without a trailing slash: {@code mosty.interop.base-url}, else the
	 * address of the current request, else (a job, such as the alerts, outside any request) this
	 * server on localhost, which only suits a single machine: set the base URL to send alerts.
	 */
	public String base() {
		String configured = properties.baseUrl();
		if (configured != null && !configured.isBlank()) {
			return configured.strip().replaceAll("/+$", "");
		}
		if (RequestContextHolder.getRequestAttributes() == null) {
			return "http://localhost:" + environment.getProperty("local.server.port",
					environment.getProperty("server.port", "8080"));
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
