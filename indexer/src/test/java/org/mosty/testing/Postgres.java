package org.mosty.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;


/**
 * A real PostgreSQL server for the tests that need one (issue 7). Coordinates come from system
 * properties or the environment, with defaults matching what {@code .ci/run} creates:
 * {@code mosty.test.postgres.url} / {@code MOSTY_TEST_POSTGRES_URL} (default
 * {@value #DEFAULT_URL}), {@code mosty.test.postgres.user} / {@code MOSTY_TEST_POSTGRES_USER}
 * (default {@code mosty}), {@code mosty.test.postgres.password} / {@code MOSTY_TEST_POSTGRES_PASSWORD}
 * (default {@code mosty}). Without a reachable server the test is skipped with a message.
 */
public final class Postgres {

	public static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/mosty_test";

	private Postgres() {
	}

	/** Where a database is, and as whom to connect. */
	public record Server(String url, String user, String password) {

		public Connection connect() throws SQLException {
			Properties properties = new Properties();
			properties.setProperty("user", user);
			properties.setProperty("password", password);
			properties.setProperty("connectTimeout", "3");
			return DriverManager.getConnection(url, properties);
		}

		/** The Spring settings that put the catalogue and the job repository on this database. */
		public List<String> springArguments() {
			return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
					"--spring.datasource.password=" + password);
		}

		/**
		 * A new, empty schema on this server, as a server whose connections use it: each test class
		 * starts from nothing (Flyway creates every table) and never sees another's rows.
		 */
		public Server freshSchema(String name) {
			String schema = ("it_" + name + "_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36))
				.toLowerCase(Locale.ROOT)
				.replaceAll("[^a-z0-9_]", "_");
			try (Connection db = connect(); Statement statement = db.createStatement()) {
				statement.execute("create schema " + schema);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create schema " + schema + " on " + url, ex);
			}
			return new Server(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
		}
	}

	/** The configured server, or a skipped test saying why and how to point the tests at one. */
	public static Server require() {
		Server server = new Server(setting("mosty.test.postgres.url", DEFAULT_URL),
				setting("mosty.test.postgres.user", "mosty"), setting("mosty.test.postgres.password", "mosty"));
		String problem = null;
		try (Connection db = server.connect()) {
			if (!db.isValid(3)) {
				problem = "the connection is not valid";
			}
		}
		catch (SQLException ex) {
			problem = ex.getMessage();
		}
		if (problem != null) {
			String message = "Skipped: no PostgreSQL server reachable at " + server.url() + " as " + server.user()
					+ " (" + problem + "); start one or set -Dmosty.test.postgres.url, .user, .password "
					+ "(or MOSTY_TEST_POSTGRES_URL, _USER, _PASSWORD)";
			// Required prints it too: a class skipped in @BeforeAll shows no message in the Maven summary
			Required.that(false, message);
		}
		return server;
	}

	private static String setting(String property, String fallback) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			value = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'));
		}
		return value == null || value.isBlank() ? fallback : value;
	}

	/** Arguments joined: a list of Spring settings plus more. */
	public static String[] arguments(List<String> first, String... more) {
		List<String> all = new ArrayList<>(first);
		all.addAll(List.of(more));
		return all.toArray(String[]::new);
	}
}
