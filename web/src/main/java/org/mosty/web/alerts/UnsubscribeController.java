package org.mosty.web.alerts;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mosty.saved.SavedSearch;
import org.mosty.saved.SavedSearches;
import org.mosty.security.SecretChecks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unsubscribe link of alert e-mails, no sign-in needed (the signed token is the permission).
 * GET shows what the link stops and a button, and changes nothing (mail scanners open links);
 * POST stops it: the button, or a mail program's one-click POST (RFC 8058,
 * {@code List-Unsubscribe=One-Click}), which carries no CSRF token, so this path is exempt. Unknown
 * tokens are throttled per address like sign-ins.
 */
@Controller
class UnsubscribeController {

	static final String PATH = "/alerts/unsubscribe";

	private final UnsubscribeTokens tokens;

	private final SavedSearches saved;

	private final SecretChecks secrets;

	UnsubscribeController(UnsubscribeTokens tokens, SavedSearches saved, SecretChecks secrets) {
		this.tokens = tokens;
		this.saved = saved;
		this.secrets = secrets;
	}

	@GetMapping(PATH)
	String confirm(@RequestParam(name = "t", required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return show(token, false, request, response, model);
	}

	@PostMapping(PATH)
	String unsubscribe(@RequestParam(name = "t", required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return show(token, true, request, response, model);
	}

	private String show(String token, boolean stop, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		model.addAttribute("invalid", false);
		model.addAttribute("gone", false);
		model.addAttribute("done", false);
		Optional<UnsubscribeTokens.Unsubscribe> valid = secrets.check("unsubscribe", request.getRemoteAddr(),
				() -> tokens.verify(token));
		if (valid.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("invalid", true);
			return "alerts/unsubscribe";
		}
		UnsubscribeTokens.Unsubscribe what = valid.get();
		Optional<SavedSearch> one = what.search().flatMap(saved::byId).filter(s -> s.username().equals(what.username()));
		if (what.search().isPresent() && one.isEmpty()) {
			model.addAttribute("gone", true); // deleted meanwhile: nothing left to stop
			return "alerts/unsubscribe";
		}
		if (stop) {
			if (one.isPresent()) {
				saved.turnOff(one.get().id());
			}
			else {
				saved.turnOffAll(what.username());
			}
		}
		model.addAttribute("done", stop);
		model.addAttribute("name", one.map(SavedSearch::name).orElse(null));
		model.addAttribute("token", token);
		return "alerts/unsubscribe";
	}
}
