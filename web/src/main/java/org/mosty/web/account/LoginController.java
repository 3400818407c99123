package org.mosty.web.account;

import org.mosty.accounts.ReaderAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Our own sign-in page (localised, with the CSRF token); Spring Security processes POST /login.
 * It links the password reset and, when registration is on, the registration.
 */
@Controller
class LoginController {

	private final ReaderAccounts accounts;

	LoginController(ReaderAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("registration", accounts.registrationOpen());
		return "account/login";
	}
}
