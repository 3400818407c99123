package org.mosty.indexer.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;

/**
 * A servlet filter in front of the benchmark's Solr server that records the requests reaching it
 * while capturing is on: method, path and query string exactly as Mosty's SolrJ client sent them,
 * so the benchmark can send Solr the very same request directly.
 */
public final class SolrRequestCapture implements Filter {

	/** One request as Solr received it, and the port of the server that received it. */
	record Captured(String method, String path, String query, int port) {

		/** Path and query, as an address relative to the server's root. */
		String pathAndQuery() {
			return query == null ? path : path + "?" + query;
		}
	}

	private static final List<Captured> captured = new ArrayList<>();

	private static volatile boolean capturing;

	static synchronized void start() {
		captured.clear();
		capturing = true;
	}

	/** Stops capturing and returns what was recorded since {@link #start()}. */
	static synchronized List<Captured> stop() {
		capturing = false;
		return List.copyOf(captured);
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (capturing && request instanceof HttpServletRequest http) {
			synchronized (SolrRequestCapture.class) {
				captured.add(new Captured(http.getMethod(), http.getRequestURI(), http.getQueryString(),
						http.getLocalPort()));
			}
		}
		chain.doFilter(request, response);
	}
}
