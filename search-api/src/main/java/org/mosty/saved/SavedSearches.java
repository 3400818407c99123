package org.mosty.saved;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.github.f4b6a3.ulid.UlidCreator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one owner of {@code saved_search}. Every change names the version its writer read, so a
 * user's edit and the alert job's advance of the watermark never overwrite each other.
 */
@Repository
public class SavedSearches {

	private static final String COLUMNS = "id, username, name, parameters, lang, frequency, feed_token, watermark, "
			+ "version, created_at";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	public SavedSearches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Saves a search; its first alert lists what arrives from now on. */
	public SavedSearch create(String username, String name, String parameters, String lang, Frequency frequency,
			Instant now) {
		String id = UlidCreator.getMonotonicUlid().toString();
		jdbc.sql("insert into saved_search (" + COLUMNS + ") values (:id, :username, :name, :parameters, :lang, "
				+ ":frequency, :token, :now, 0, :now)")
			.param("id", id)
			.param("username", username)
			.param("name", name)
			.param("parameters", parameters)
			.param("lang", lang)
			.param("frequency", frequency.name())
			.param("token", newToken())
			.param("now", Timestamp.from(now))
			.update();
		return find(username, id).orElseThrow();
	}

	public List<SavedSearch> list(String username) {
		return jdbc.sql("select " + COLUMNS + " from saved_search where username = :username order by created_at, id")
			.param("username", username)
			.query(SavedSearches::row)
			.list();
	}

	public long count(String username) {
		return jdbc.sql("select count(*) from saved_search where username = :username")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	/** A user's saved search; another user's is not found. */
	public Optional<SavedSearch> find(String username, String id) {
		return jdbc.sql("select " + COLUMNS + " from saved_search where id = :id and username = :username")
			.param("id", id)
			.param("username", username)
			.query(SavedSearches::row)
			.optional();
	}

	public Optional<SavedSearch> byId(String id) {
		return jdbc.sql("select " + COLUMNS + " from saved_search where id = :id")
			.param("id", id)
			.query(SavedSearches::row)
			.optional();
	}

	public Optional<SavedSearch> byFeedToken(String token) {
		return jdbc.sql("select " + COLUMNS + " from saved_search where feed_token = :token")
			.param("token", token)
			.query(SavedSearches::row)
			.optional();
	}

	/**
	 * Renames it or changes its frequency, if it is still as the writer read it.
	 * @return false, and nothing changed, when it changed or went meanwhile
	 */
	public boolean update(SavedSearch read, String name, Frequency frequency) {
		return jdbc.sql("update saved_search set name = :name, frequency = :frequency, version = version + 1 "
				+ "where id = :id and version = :version")
			.param("id", read.id())
			.param("version", read.version())
			.param("name", name)
			.param("frequency", frequency.name())
			.update() == 1;
	}

	/** Turns its alerts off whatever its version (an unsubscribe link is the owner's last word). */
	public void turnOff(String id) {
		jdbc.sql("update saved_search set frequency = 'OFF', version = version + 1 where id = :id and frequency <> 'OFF'")
			.param("id", id)
			.update();
	}

	/** Turns off every alert of a user (the "unsubscribe from all" link). */
	public int turnOffAll(String username) {
		return jdbc.sql("update saved_search set frequency = 'OFF', version = version + 1 "
				+ "where username = :username and frequency <> 'OFF'")
			.param("username", username)
			.update();
	}

	public boolean delete(String username, String id) {
		return jdbc.sql("delete from saved_search where id = :id and username = :username")
			.param("id", id)
			.param("username", username)
			.update() == 1;
	}

	/**
	 * Users with a saved search whose alert is due at {@code now}: one whose watermark is at
	 * least its period (less {@code slack}, so a daily run a little earlier than yesterday's
	 * still counts) before {@code now}. In name order.
	 */
	public List<String> usersDue(Instant now, java.time.Duration slack) {
		return dueParameters(jdbc.sql("select distinct username from saved_search where " + DUE + " order by username"),
				now, slack)
			.query(String.class)
			.list();
	}

	/** A saved search is due when its watermark is at least its period, less the slack, before now. */
	private static final String DUE = "((frequency = 'DAILY' and watermark <= :daily) "
			+ "or (frequency = 'WEEKLY' and watermark <= :weekly))";

	private static JdbcClient.StatementSpec dueParameters(JdbcClient.StatementSpec sql, Instant now,
			java.time.Duration slack) {
		return sql.param("daily", Timestamp.from(dueBefore(Frequency.DAILY, now, slack)))
			.param("weekly", Timestamp.from(dueBefore(Frequency.WEEKLY, now, slack)));
	}

	/** The latest watermark at which a search of this frequency is due at {@code now}. */
	private static Instant dueBefore(Frequency frequency, Instant now, java.time.Duration slack) {
		return now.minus(frequency.period().orElseThrow()).plus(slack);
	}

	/** The oldest watermark among the saved searches due at {@code now}; empty when none is due. */
	public java.util.Optional<Instant> earliestDue(Instant now, java.time.Duration slack) {
		return dueParameters(jdbc.sql("select min(watermark) from saved_search where " + DUE), now, slack)
			.query((rs, row) -> java.util.Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single();
	}

	/** A user's saved searches that are due at {@code now} (see {@link #usersDue}). */
	public List<SavedSearch> due(String username, Instant now, java.time.Duration slack) {
		return dueParameters(jdbc.sql("select " + COLUMNS + " from saved_search where username = :username and " + DUE
				+ " order by created_at, id"), now, slack)
			.param("username", username)
			.query(SavedSearches::row)
			.list();
	}

	/**
	 * Moves the watermark to {@code until} (everything up to it has been alerted), if the saved
	 * search is still as the alert job read it.
	 * @return false, and nothing changed, when its owner changed or deleted it meanwhile
	 */
	public boolean advance(SavedSearch read, Instant until) {
		return jdbc.sql("update saved_search set watermark = :until, version = version + 1 "
				+ "where id = :id and version = :version")
			.param("id", read.id())
			.param("version", read.version())
			.param("until", Timestamp.from(until))
			.update() == 1;
	}

	private static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static SavedSearch row(ResultSet rs, int row) throws SQLException {
		return new SavedSearch(rs.getString("id"), rs.getString("username"), rs.getString("name"),
				rs.getString("parameters"), rs.getString("lang"), Frequency.valueOf(rs.getString("frequency")),
				rs.getString("feed_token"), rs.getTimestamp("watermark").toInstant(), rs.getInt("version"),
				rs.getTimestamp("created_at").toInstant());
	}
}
