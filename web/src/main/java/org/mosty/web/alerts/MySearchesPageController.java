package org.mosty.web.alerts;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mosty.api.BadRequestException;
import org.mosty.api.ConflictException;
import org.mosty.saved.Frequency;
import org.mosty.saved.MySearches;
import org.mosty.security.CurrentUser;
import org.mosty.security.UserAccounts;
import org.mosty.web.i18n.ProblemMessages;
import org.mosty.web.i18n.UiFormat;
import org.mosty.web.i18n.UiLanguage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /me/searches}: a signed-in user's saved searches (how often each alerts, its private
 * feed, delete), the address alerts go to, and the outbox of alert e-mails. The results page
 * saves a search here. A bad form shows the page again with the problem; nothing changes.
 */
@Controller
class MySearchesPageController {

	static final String PATH = "/me/searches";

	static final int OUTBOX = 20;

	private final MySearches searches;

	private final UserAccounts users;

	private final AlertMails mails;

	private final ProblemMessages problems;

	private final UiFormat format;

	private final MessageSource messages;

	MySearchesPageController(MySearches searches, UserAccounts users, AlertMails mails, ProblemMessages problems,
			UiFormat format, MessageSource messages) {
		this.messages = messages;
		this.searches = searches;
		this.users = users;
		this.mails = mails;
		this.problems = problems;
		this.format = format;
	}

	/** A mail in the outbox as the page shows it. */
	record OutboxMail(long id, String subject, String created, String status, String text) {
	}

	@GetMapping(PATH)
	String page(HttpServletRequest request, Model model) {
		return fill(UiLanguage.of(request), model);
	}

	@PostMapping(PATH)
	String save(@RequestParam(name = "parameters", required = false) String parameters,
			@RequestParam(name = "name", required = false) String name,
			@RequestParam(name = "frequency", required = false) String frequency, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String lang = UiLanguage.of(request);
		try {
			searches.save(CurrentUser.name(), parameters, name, frequency);
		}
		catch (BadRequestException ex) {
			return problem(ex, lang, response, model);
		}
		return "redirect:" + UiLanguage.link(PATH, lang) + "&saved=1";
	}

	@PostMapping(PATH + "/{id}")
	String change(@PathVariable String id, @RequestParam(name = "name", required = false) String name,
			@RequestParam(name = "frequency", required = false) String frequency, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String lang = UiLanguage.of(request);
		try {
			searches.change(CurrentUser.name(), id, name, frequency);
		}
		catch (BadRequestException ex) {
			return problem(ex, lang, response, model);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("problem", List.of(message("w.saved.conflict", lang)));
			return fill(lang, model);
		}
		return "redirect:" + UiLanguage.link(PATH, lang) + "&changed=1";
	}

	@PostMapping(PATH + "/{id}/delete")
	String delete(@PathVariable String id, HttpServletRequest request) {
		searches.delete(CurrentUser.name(), id);
		return "redirect:" + UiLanguage.link(PATH, UiLanguage.of(request)) + "&deleted=1";
	}

	@PostMapping("/me/email")
	String email(@RequestParam(name = "email", required = false) String email, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		String lang = UiLanguage.of(request);
		try {
			users.setEmail(CurrentUser.name(), UserAccounts.checkedEmail(email));
		}
		catch (BadRequestException ex) {
			return problem(ex, lang, response, model);
		}
		return "redirect:" + UiLanguage.link(PATH, lang) + "&email=1";
	}

	private String problem(BadRequestException ex, String lang, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("problem", problems.localize(ex.problems(), lang));
		return fill(lang, model);
	}

	private String fill(String lang, Model model) {
		String username = CurrentUser.name();
		model.addAttribute("searches", searches.list(username));
		model.addAttribute("frequencies", List.of(Frequency.values()).stream().map(Frequency::id).toList());
		model.addAttribute("email", users.email(username).orElse(""));
		model.addAttribute("outbox", mails.forUser(username, OUTBOX).stream().map(mail -> outbox(mail, lang)).toList());
		return "alerts/searches";
	}

	private OutboxMail outbox(AlertMail mail, String lang) {
		String status = mail.sentAt() != null ? message("w.outbox.sent", lang, format.dateTime(mail.sentAt(), lang))
				: mail.recipient() == null ? message("w.outbox.noAddress", lang)
				: mail.lastError() != null ? message("w.outbox.failed", lang, mail.attempts())
				: message("w.outbox.waiting", lang);
		return new OutboxMail(mail.id(), mail.subject(), format.dateTime(mail.createdAt(), lang), status,
				mail.textBody());
	}

	private String message(String code, String lang, Object... arguments) {
		return messages.getMessage(code, arguments.length == 0 ? null : arguments, Locale.forLanguageTag(lang));
	}
}
