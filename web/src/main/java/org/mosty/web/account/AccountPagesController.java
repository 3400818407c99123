package org.mosty.web.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mosty.api.BadRequestException;
import org.mosty.api.NotFoundException;
import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;
import org.mosty.security.AccountTokens;
import org.mosty.security.LoginThrottle;
import org.mosty.security.PasswordRules;
import org.mosty.security.SecretChecks;
import org.mosty.security.UserAccounts;
import org.mosty.web.i18n.ProblemMessages;
import org.mosty.web.i18n.UiLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Issue 19, reader accounts: registration with a confirmed address (when
 * {@code mosty.accounts.registration} is on), and a forgotten password reset by a link sent to the
 * account's address. Links are one-time and expire; unknown links are throttled per address like
 * sign-ins, and so are registrations and reset requests (each sends an e-mail). Neither page tells
 * whether a name or address has an account.
 */
@Controller
class AccountPagesController {

	private final AccountProperties properties;

	private final UserAccounts users;

	private final AccountTokens tokens;

	private final AccountMails mails;

	private final PasswordEncoder encoder;

	private final SecretChecks secrets;

	private final LoginThrottle throttle;

	private final ProblemMessages problems;

	private final Clock clock = Clock.systemUTC();

	AccountPagesController(AccountProperties properties, UserAccounts users, AccountTokens tokens, AccountMails mails,
			PasswordEncoder encoder, SecretChecks secrets, LoginThrottle throttle, ProblemMessages problems) {
		this.properties = properties;
		this.users = users;
		this.tokens = tokens;
		this.mails = mails;
		this.encoder = encoder;
		this.secrets = secrets;
		this.throttle = throttle;
		this.problems = problems;
	}

	@GetMapping("/register")
	String registerForm(Model model) {
		requireRegistration();
		return "account/register";
	}

	@PostMapping("/register")
	@Transactional
	String register(@RequestParam(name = "username", required = false) String username,
			@RequestParam(name = "email", required = false) String email,
			@RequestParam(name = "password", required = false) String password, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		requireRegistration();
		String lang = UiLanguage.of(request);
		sending("register", request);
		List<FieldProblem> found = new ArrayList<>();
		if (username == null || !UserAccounts.USERNAME.matcher(username).matches()) {
			found.add(FieldProblem.of("username", ProblemCode.USERNAME, "3 to 64 letters, digits, dots, hyphens or underscores"));
		}
		String address = null;
		try {
			address = UserAccounts.checkedEmail(email);
			if (address == null) {
				found.add(FieldProblem.required("email"));
			}
		}
		catch (BadRequestException ex) {
			found.addAll(ex.problems());
		}
		PasswordRules.problem("password", password).ifPresent(found::add);
		if (!found.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", problems.localize(found, lang));
			model.addAttribute("username", username);
			model.addAttribute("email", email);
			return "account/register";
		}
		Optional<String> owner = users.usernameByEmail(address);
		if (owner.isPresent()) {
			// the page says the same either way; the owner learns that someone tried, and how to reset
			mails.send("exists", address, owner.get(), UiLanguage.link("/password/forgot", lang), lang);
		}
		else if (users.register(username, address, encoder.encode(password))) {
			String token = tokens.create(username, AccountTokens.Purpose.CONFIRM, properties.linkValidity(), now());
			mails.send("confirm", address, username, UiLanguage.link("/register/confirm", lang) + "&t=" + token, lang);
		}
		else {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", List.of(problems.localize(FieldProblem.of("username", ProblemCode.USERNAME_TAKEN,
					"is taken"), lang)));
			model.addAttribute("email", email);
			return "account/register";
		}
		model.addAttribute("notice", "w.account.checkMail");
		return "account/notice";
	}

	@GetMapping("/register/confirm")
	String confirmForm(@RequestParam(name = "t", required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return tokenPage(token, AccountTokens.Purpose.CONFIRM, "account/confirm", request, response, model);
	}

	@PostMapping("/register/confirm")
	@Transactional
	String confirm(@RequestParam(name = "t", required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<String> username = secrets.check("account-link", request.getRemoteAddr(),
				() -> tokens.use(token, AccountTokens.Purpose.CONFIRM, now()));
		if (username.isEmpty()) {
			return invalid(response, model);
		}
		users.confirm(username.get());
		model.addAttribute("notice", "w.account.confirmed");
		return "account/notice";
	}

	@GetMapping("/password/forgot")
	String forgotForm() {
		return "account/forgot";
	}

	@PostMapping("/password/forgot")
	@Transactional
	String forgot(@RequestParam(name = "who", required = false) String who, HttpServletRequest request, Model model) {
		String lang = UiLanguage.of(request);
		sending("reset", request);
		String name = who == null ? "" : who.strip();
		Optional<String> username = name.contains("@") ? users.usernameByEmail(name)
				: users.find(name).map(UserAccounts.UserView::username);
		username.ifPresent(user -> users.email(user).ifPresent(address -> {
			String token = tokens.create(user, AccountTokens.Purpose.RESET, properties.linkValidity(), now());
			mails.send("reset", address, user, UiLanguage.link("/password/reset", lang) + "&t=" + token, lang);
		}));
		model.addAttribute("notice", "w.account.resetSent");
		return "account/notice";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(name = "t", required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return tokenPage(token, AccountTokens.Purpose.RESET, "account/reset", request, response, model);
	}

	@PostMapping("/password/reset")
	@Transactional
	String reset(@RequestParam(name = "t", required = false) String token,
			@RequestParam(name = "password", required = false) String password, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<FieldProblem> weak = PasswordRules.problem("password", password);
		if (weak.isPresent()) {
			String page = tokenPage(token, AccountTokens.Purpose.RESET, "account/reset", request, response, model);
			if (page.equals("account/reset")) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("problem", List.of(problems.localize(weak.get(), UiLanguage.of(request))));
			}
			return page;
		}
		Optional<String> username = secrets.check("account-link", request.getRemoteAddr(),
				() -> tokens.use(token, AccountTokens.Purpose.RESET, now()));
		if (username.isEmpty()) {
			return invalid(response, model);
		}
		users.resetPassword(username.get(), encoder.encode(password));
		// a reset also proves the address: a reader who never confirmed can sign in now
		users.confirm(username.get());
		model.addAttribute("notice", "w.account.passwordSet");
		return "account/notice";
	}

	private String tokenPage(String token, AccountTokens.Purpose purpose, String view, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<String> username = secrets.check("account-link", request.getRemoteAddr(),
				() -> tokens.peek(token, purpose, now()));
		if (username.isEmpty()) {
			return invalid(response, model);
		}
		model.addAttribute("token", token);
		model.addAttribute("username", username.get());
		return view;
	}

	private static String invalid(HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("notice", "w.account.invalidLink");
		model.addAttribute("alert", true);
		return "account/notice";
	}

	/** Each request that sends an e-mail counts against the address, like a failed sign-in. */
	private void sending(String kind, HttpServletRequest request) {
		String key = "mail:" + kind;
		Duration locked = throttle.lockedFor(key, request.getRemoteAddr());
		if (!locked.isZero()) {
			throw new org.mosty.api.TooManyRequestsException("Too many requests from this address; try again in "
					+ Math.max(1, (locked.toSeconds() + 59) / 60) + " minutes.", locked);
		}
		throttle.failed(key, request.getRemoteAddr());
	}

	private void requireRegistration() {
		if (!properties.registration()) {
			throw new NotFoundException("Registration is off (mosty.accounts.registration)");
		}
	}

	private Instant now() {
		return Instant.now(clock);
	}
}
