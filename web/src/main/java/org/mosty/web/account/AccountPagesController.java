package org.mosty.web.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mosty.accounts.ReaderAccounts;
import org.mosty.api.BadRequestException;
import org.mosty.api.NotFoundException;
import org.mosty.security.AccountTokens;
import org.mosty.web.i18n.ProblemMessages;
import org.mosty.web.i18n.UiLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Issue 19, reader accounts in the pages ({@link ReaderAccounts} does the work): registration
 * with a confirmed address (when {@code mosty.accounts.registration} is on), and a forgotten
 * password reset by a mailed link. The links' pages ask before they act (mail scanners open links).
 */
@Controller
class AccountPagesController {

	private final ReaderAccounts accounts;

	private final ProblemMessages problems;

	AccountPagesController(ReaderAccounts accounts, ProblemMessages problems) {
		this.accounts = accounts;
		this.problems = problems;
	}

	@GetMapping("/register")
	String registerForm() {
		if (!accounts.registrationOpen()) {
			throw new NotFoundException("Registration is off");
		}
		return "account/register";
	}

	@PostMapping("/register")
	String register(@RequestParam(name = "username", required = false) String username,
			@RequestParam(name = "email", required = false) String email,
			@RequestParam(name = "password", required = false) String password, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String lang = UiLanguage.of(request);
		try {
			accounts.register(username, email, password, lang, request.getRemoteAddr());
		}
		catch (BadRequestException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", problems.localize(ex.problems(), lang));
			model.addAttribute("username", username);
			model.addAttribute("email", email);
			return "account/register";
		}
		model.addAttribute("notice", "w.account.checkMail");
		return "account/notice";
	}

	@GetMapping(ReaderAccounts.CONFIRM_PATH)
	String confirmForm(@RequestParam(name = "t", required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return tokenPage(token, AccountTokens.Purpose.CONFIRM, "account/confirm", request, response, model);
	}

	@PostMapping(ReaderAccounts.CONFIRM_PATH)
	String confirm(@RequestParam(name = "t", required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (accounts.confirm(token, request.getRemoteAddr()).isEmpty()) {
			return invalid(response, model);
		}
		model.addAttribute("notice", "w.account.confirmed");
		return "account/notice";
	}

	@GetMapping("/password/forgot")
	String forgotForm() {
		return "account/forgot";
	}

	@PostMapping("/password/forgot")
	String forgot(@RequestParam(name = "who", required = false) String who, HttpServletRequest request, Model model) {
		accounts.requestReset(who, UiLanguage.of(request), request.getRemoteAddr());
		model.addAttribute("notice", "w.account.resetSent");
		return "account/notice";
	}

	@GetMapping(ReaderAccounts.RESET_PATH)
	String resetForm(@RequestParam(name = "t", required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return tokenPage(token, AccountTokens.Purpose.RESET, "account/reset", request, response, model);
	}

	@PostMapping(ReaderAccounts.RESET_PATH)
	String reset(@RequestParam(name = "t", required = false) String token,
			@RequestParam(name = "password", required = false) String password, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<String> username;
		try {
			username = accounts.reset(token, password, request.getRemoteAddr());
		}
		catch (BadRequestException ex) {
			String page = tokenPage(token, AccountTokens.Purpose.RESET, "account/reset", request, response, model);
			if (page.equals("account/reset")) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("problem", problems.localize(ex.problems(), UiLanguage.of(request)));
			}
			return page;
		}
		if (username.isEmpty()) {
			return invalid(response, model);
		}
		model.addAttribute("notice", "w.account.passwordSet");
		return "account/notice";
	}

	private String tokenPage(String token, AccountTokens.Purpose purpose, String view, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<String> username = accounts.peek(token, purpose, request.getRemoteAddr());
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
}
