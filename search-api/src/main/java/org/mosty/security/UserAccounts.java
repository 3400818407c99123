package org.mosty.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.mosty.api.BadRequestException;
import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;

import org.mosty.indexer.audit.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Users in the database, passwords as bcrypt hashes; the store behind form login and HTTP Basic. */
@Service
public class UserAccounts implements UserDetailsService {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	public UserAccounts(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("select username, password_hash, role, enabled from app_user where username = :username")
			.param("username", username)
			.query((rs, row) -> User.withUsername(rs.getString("username"))
				.password(rs.getString("password_hash"))
				.roles(rs.getString("role"))
				// a self-registered reader signs in once the address is confirmed
				.disabled(!rs.getBoolean("enabled"))
				.build())
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No user " + username));
	}

	public Optional<String> passwordHash(String username) {
		return jdbc.sql("select password_hash from app_user where username = :username")
			.param("username", username)
			.query(String.class)
			.optional();
	}

	/** A user as the admin API shows it: never the password hash. */
	public record UserView(String username, Role role, Instant createdAt) {
	}

	public List<UserView> list() {
		return jdbc.sql("select username, role, created_at from app_user order by username")
			.query((rs, row) -> new UserView(rs.getString("username"), Role.valueOf(rs.getString("role")),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	public Optional<UserView> find(String username) {
		return jdbc.sql("select username, role, created_at from app_user where username = :username")
			.param("username", username)
			.query((rs, row) -> new UserView(rs.getString("username"), Role.valueOf(rs.getString("role")),
					rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	/** Where a user's alerts go; empty when the user gave no address. */
	public Optional<String> email(String username) {
		return jdbc.sql("select email from app_user where username = :username")
			.param("username", username)
			.query((rs, row) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.flatMap(email -> email);
	}

	/** A user sets (or, with {@code null}, removes) their own e-mail address; recorded in the audit log. */
	public void setEmail(String username, String email) {
		jdbc.sql("update app_user set email = :email where username = :username")
			.param("username", username)
			.param("email", email)
			.update();
		audit.record(username, "set-email", null, email == null ? "removed" : "set");
	}

	/**
	 * Issue 19: a reader registers (disabled until the address is confirmed); not audited until
	 * confirmed, as nobody has acted yet but an unknown visitor.
	 * @return false, and nothing changed, when the name is taken
	 */
	public boolean register(String username, String email, String passwordHash) {
		try {
			// the primary key decides when two register the same name at once
			jdbc.sql("insert into app_user (username, password_hash, role, created_at, email, enabled) "
					+ "values (:username, :hash, 'READER', :now, :email, false)")
				.param("username", username)
				.param("hash", passwordHash)
				.param("email", email)
				.param("now", Timestamp.from(Instant.now()))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** The address is confirmed: the account can sign in. Audited. */
	public void confirm(String username) {
		jdbc.sql("update app_user set enabled = true, email_confirmed_at = :now where username = :username")
			.param("username", username)
			.param("now", Timestamp.from(Instant.now()))
			.update();
		audit.record(username, "confirm-account", null, username);
	}

	/** The user set a new password through a reset link. Audited. */
	public void resetPassword(String username, String passwordHash) {
		jdbc.sql("update app_user set password_hash = :hash where username = :username")
			.param("username", username)
			.param("hash", passwordHash)
			.update();
		audit.record(username, "reset-password", null, username);
	}

	/** The user with this address, if any (the first by name when several share it). */
	public Optional<String> usernameByEmail(String email) {
		return jdbc.sql("select username from app_user where lower(email) = :email order by username")
			.param("email", email.strip().toLowerCase(java.util.Locale.ROOT))
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	/** A user name: 3 to 64 letters, digits, dots, hyphens or underscores. */
	public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");

	/** Good enough to catch typing slips; the confirmation is that the alert arrives. */
	static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	static final int MAX_EMAIL = 254;

	/** A stripped address, or null for none; a 400 for one that is not an address. */
	public static String checkedEmail(String email) {
		if (email == null || email.isBlank()) {
			return null;
		}
		String stripped = email.strip();
		if (stripped.length() > MAX_EMAIL || !EMAIL.matcher(stripped).matches()) {
			throw new BadRequestException(FieldProblem.of("email", ProblemCode.EMAIL, "not an e-mail address"));
		}
		return stripped;
	}

	public long countAdmins() {
		return jdbc.sql("select count(*) from app_user where role = 'ADMIN'").query(Long.class).single();
	}

	/** An administrator ({@code actor}) creates a user; recorded in the audit log. */
	public void create(String actor, String username, String passwordHash, Role role) {
		save(username, passwordHash, role);
		audit.record(actor, "create-user", null, username + " as " + role);
	}

	/** An administrator changes a user's password or role ({@code change} says which); recorded in the audit log. */
	public void update(String actor, String username, String passwordHash, Role role, String change) {
		save(username, passwordHash, role);
		audit.record(actor, "update-user", null, username + change);
	}

	/** An administrator deletes a user; recorded in the audit log. */
	public boolean delete(String actor, String username) {
		boolean deleted = jdbc.sql("delete from app_user where username = :username").param("username", username)
			.update() == 1;
		if (deleted) {
			audit.record(actor, "delete-user", null, username);
		}
		return deleted;
	}

	/** Creates the user, or sets the password and role of an existing one (the first admin at start; not audited). */
	void save(String username, String passwordHash, Role role) {
		int updated = jdbc.sql("update app_user set password_hash = :hash, role = :role where username = :username")
			.param("username", username)
			.param("hash", passwordHash)
			.param("role", role.name())
			.update();
		if (updated == 0) {
			jdbc.sql("insert into app_user (username, password_hash, role, created_at) "
					+ "values (:username, :hash, :role, :now)")
				.param("username", username)
				.param("hash", passwordHash)
				.param("role", role.name())
				.param("now", Timestamp.from(Instant.now()))
				.update();
		}
	}
}
