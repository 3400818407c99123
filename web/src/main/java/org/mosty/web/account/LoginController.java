package org.mosty.web.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Our own sign-in page (localised, with the CSRF token); Spring Security processes POST /login. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "account/login";
	}
}
