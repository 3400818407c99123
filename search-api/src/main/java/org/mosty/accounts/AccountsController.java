package org.mosty.accounts;

import jakarta.servlet.http.HttpServletRequest;

import org.mosty.api.BadRequestException;
import org.mosty.api.NotFoundException;
import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/accounts/**}: reader accounts without the pages (a mobile app, a partner site):
 * register, confirm the address with the mailed token, ask for a reset, set a new password with
 * the mailed token. No sign-in needed; throttled per client address.
 */
@RestController
class AccountsController {

	private final ReaderAccounts accounts;

	AccountsController(ReaderAccounts accounts) {
		this.accounts = accounts;
	}

	/** The body of a registration. */
	record Registration(String username, String email, String password, String lang) {
	}

	/** A token from an e-mail, with a new password when it is a reset. */
	record TokenRequest(String token, String password) {
	}

	/** A reset request: the user name or the address. */
	record ResetRequest(String who, String lang) {
	}

	/** Answers 202 whether or not the address had an account; the confirmation link comes by e-mail. */
	@PostMapping("/api/accounts")
	public ResponseEntity<Void> register(@RequestBody(required = false) Registration body, HttpServletRequest request) {
		Registration registration = require(body);
		accounts.register(registration.username(), registration.email(), registration.password(),
				lang(registration.lang()), request.getRemoteAddr());
		return ResponseEntity.status(HttpStatus.ACCEPTED).build();
	}

	/** Confirms an address with the token of the mailed link; 404 for an unknown, used or expired one. */
	@PostMapping("/api/accounts/confirm")
	public ResponseEntity<Void> confirm(@RequestBody(required = false) TokenRequest body, HttpServletRequest request) {
		accounts.confirm(require(body).token(), request.getRemoteAddr())
			.orElseThrow(() -> new NotFoundException("No such link, or it was used or has expired"));
		return ResponseEntity.noContent().build();
	}

	/** Answers 202 whether or not the account exists; the link comes by e-mail. */
	@PostMapping("/api/accounts/password-reset")
	public ResponseEntity<Void> requestReset(@RequestBody(required = false) ResetRequest body,
			HttpServletRequest request) {
		ResetRequest reset = require(body);
		accounts.requestReset(reset.who(), lang(reset.lang()), request.getRemoteAddr());
		return ResponseEntity.status(HttpStatus.ACCEPTED).build();
	}

	/** Sets a new password with the token of the mailed link; 404 for an unknown, used or expired one. */
	@PostMapping("/api/accounts/password")
	public ResponseEntity<Void> reset(@RequestBody(required = false) TokenRequest body, HttpServletRequest request) {
		TokenRequest reset = require(body);
		accounts.reset(reset.token(), reset.password(), request.getRemoteAddr())
			.orElseThrow(() -> new NotFoundException("No such link, or it was used or has expired"));
		return ResponseEntity.noContent().build();
	}

	private static String lang(String lang) {
		return lang == null || !java.util.Set.of("pl", "uk", "en").contains(lang) ? "pl" : lang;
	}

	private static <T> T require(T body) {
		if (body == null) {
			throw new BadRequestException(FieldProblem.of("body", ProblemCode.BODY, "a JSON body is required"));
		}
		return body;
	}
}
