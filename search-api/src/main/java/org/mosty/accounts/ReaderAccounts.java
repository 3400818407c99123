package org.mosty.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mosty.api.BadRequestException;
import org.mosty.api.NotFoundException;
import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;
import org.mosty.security.AccountTokens;
import org.mosty.security.PasswordRules;
import org.mosty.security.SecretChecks;
import org.mosty.security.UserAccounts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reader accounts for the API and the pages alike: registration with a confirmed address (when
 * {@code mosty.accounts.registration} is on) and a forgotten password reset by a mailed link.
 * Links are one-time and expire; unknown links are throttled per client address like sign-ins,
 * and so are registrations and reset requests (each sends an e-mail). Nothing here tells whether a
 * name or an address has an account, except a registration's name already taken.
 */
@Service
public class ReaderAccounts {

	/** Where the confirmation and reset links lead (the pages, which ask before they act). */
	public static final String CONFIRM_PATH = "/register/confirm";

	public static final String RESET_PATH = "/password/reset";

	private final AccountProperties properties;

	private final UserAccounts users;

	private final AccountTokens tokens;

	private final AccountMails mails;

	private final PasswordEncoder encoder;

	private final SecretChecks secrets;

	private final Clock clock = Clock.systemUTC();

	public ReaderAccounts(AccountProperties properties, UserAccounts users, AccountTokens tokens, AccountMails mails,
			PasswordEncoder encoder, SecretChecks secrets) {
		this.properties = properties;
		this.users = users;
		this.tokens = tokens;
		this.mails = mails;
		this.encoder = encoder;
		this.secrets = secrets;
	}

	/** Whether visitors may register. */
	public boolean registrationOpen() {
		return properties.registration();
	}

	/**
	 * Registers a disabled READER and mails the confirmation link; when the address already has an
	 * account, mails its owner instead (the caller answers the same either way).
	 * @throws NotFoundException when registration is off
	 * @throws BadRequestException for a bad name, address or password, or a name taken
	 * @throws org.mosty.api.TooManyRequestsException after too many from {@code client}
	 */
	@Transactional
	public void register(String username, String email, String password, String lang, String client) {
		if (!properties.registration()) {
			throw new NotFoundException("Registration is off (mosty.accounts.registration)");
		}
		secrets.countSending("register", client);
		List<FieldProblem> problems = new ArrayList<>();
		if (username == null || !UserAccounts.USERNAME.matcher(username).matches()) {
			problems.add(FieldProblem.of("username", ProblemCode.USERNAME,
					"3 to 64 letters, digits, dots, hyphens or underscores"));
		}
		String address = null;
		try {
			address = UserAccounts.checkedEmail(email);
			if (address == null) {
				problems.add(FieldProblem.required("email"));
			}
		}
		catch (BadRequestException ex) {
			problems.addAll(ex.problems());
		}
		PasswordRules.problem("password", password).ifPresent(problems::add);
		if (!problems.isEmpty()) {
			throw new BadRequestException(problems);
		}
		Optional<String> owner = users.usernameByEmail(address);
		if (owner.isPresent()) {
			mails.send("exists", address, owner.get(), "/password/forgot?lang=" + lang, lang);
			return;
		}
		if (!users.register(username, address, encoder.encode(password))) {
			throw new BadRequestException(FieldProblem.of("username", ProblemCode.USERNAME_TAKEN, "is taken"));
		}
		String token = tokens.create(username, AccountTokens.Purpose.CONFIRM, properties.linkValidity(), now());
		mails.send("confirm", address, username, CONFIRM_PATH + "?lang=" + lang + "&t=" + token, lang);
	}

	/** The account a valid link is for, without using it (a page that asks first); throttled. */
	public Optional<String> peek(String token, AccountTokens.Purpose purpose, String client) {
		return secrets.check("account-link", client, () -> tokens.peek(token, purpose, now()));
	}

	/**
	 * Confirms the address of the account of a valid link, which is then used up.
	 * @return the account, or empty for an unknown, used or expired link
	 */
	@Transactional
	public Optional<String> confirm(String token, String client) {
		Optional<String> username = secrets.check("account-link", client,
				() -> tokens.use(token, AccountTokens.Purpose.CONFIRM, now()));
		username.ifPresent(users::confirm);
		return username;
	}

	/**
	 * Mails a reset link to the address of the account named by user name or address, if there is
	 * one with an address; nothing says whether there was.
	 */
	@Transactional
	public void requestReset(String who, String lang, String client) {
		secrets.countSending("reset", client);
		String name = who == null ? "" : who.strip();
		Optional<String> username = name.contains("@") ? users.usernameByEmail(name)
				: users.find(name).map(UserAccounts.UserView::username);
		username.ifPresent(user -> users.email(user).ifPresent(address -> {
			String token = tokens.create(user, AccountTokens.Purpose.RESET, properties.linkValidity(), now());
			mails.send("reset", address, user, RESET_PATH + "?lang=" + lang + "&t=" + token, lang);
		}));
	}

	/**
	 * Sets a new password with a valid reset link, which is then used up; a reset also proves the
	 * address, so an account never confirmed can sign in after it.
	 * @return the account, or empty for an unknown, used or expired link
	 * @throws BadRequestException for a password outside the rules (the link stays valid)
	 */
	@Transactional
	public Optional<String> reset(String token, String password, String client) {
		Optional<FieldProblem> weak = PasswordRules.problem("password", password);
		if (weak.isPresent()) {
			throw new BadRequestException(weak.get());
		}
		Optional<String> username = secrets.check("account-link", client,
				() -> tokens.use(token, AccountTokens.Purpose.RESET, now()));
		username.ifPresent(user -> {
			users.resetPassword(user, encoder.encode(password));
			users.confirm(user);
		});
		return username;
	}

	private Instant now() {
		return Instant.now(clock);
	}
}
