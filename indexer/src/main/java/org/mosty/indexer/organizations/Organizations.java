package org.mosty.indexer.organizations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organisation authority list: every publisher a document has named, so editors pick an
 * existing spelling instead of inventing a new one. Names are not secret (they are public
 * organisations), so the list is the same for every user.
 */
@Repository
public class Organizations {

	/** Most names an autocomplete answers with. */
	public static final int MAX_RESULTS = 20;

	private final JdbcClient jdbc;

	public Organizations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a name to the list if it is not there yet; blank names are ignored. */
	public void learn(String name) {
		if (name == null || name.isBlank()) {
			return;
		}
		String clean = name.strip();
		if (clean.length() > 300) {
			return;
		}
		try {
			jdbc.sql("insert into organization (name, name_key, created_at) select :name, :key, :now from (values (0)) v"
					+ " where not exists (select 1 from organization where name = :name)")
				.param("name", clean)
				.param("key", key(clean))
				.param("now", Timestamp.from(Instant.now()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// learnt meanwhile by another request
		}
	}

	/**
	 * Names that start with the prefix or contain a word that starts with it (case-insensitive),
	 * alphabetically; everything when the prefix is blank.
	 */
	public List<String> complete(String prefix, int limit) {
		String key = prefix == null ? "" : key(prefix.strip());
		String like = escapeLike(key);
		return jdbc.sql("select name from organization where name_key like :start escape '\\' "
				+ "or name_key like :word escape '\\' order by name_key, name fetch first :limit rows only")
			.param("start", like + "%")
			.param("word", "% " + like + "%")
			.param("limit", Math.max(1, Math.min(limit, MAX_RESULTS)))
			.query(String.class)
			.list();
	}

	static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
