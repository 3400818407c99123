package org.mosty.web.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Our own sign-in page (localised, with the CSRF token); Spring Security processes POST /login.
 * It links the password reset and, when registration is on, the registration.
 */
@Controller
class LoginController {

	private final AccountProperties properties;

	LoginController(AccountProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("registration", properties.registration());
		return "account/login";
	}
}
