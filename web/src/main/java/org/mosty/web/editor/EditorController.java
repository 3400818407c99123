package org.mosty.web.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mosty.web.document.DocumentPageModel;
import org.mosty.web.i18n.ProblemMessages;
import org.mosty.web.i18n.UiLanguage;
import org.mosty.documents.VisibleDocuments;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.intake.DocumentRegistration;
import org.mosty.indexer.intake.InvalidMetadataException;
import org.mosty.indexer.intake.RejectedFileException;
import org.mosty.indexer.intake.SafeFileName;
import org.mosty.indexer.editorial.DocumentEditing;
import org.mosty.indexer.editorial.EditorialException;
import org.mosty.jobs.JobDashboard;
import org.mosty.security.AccessScope;
import org.mosty.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' pages ({@code /editor/**}, EDITOR or ADMIN by the security configuration): upload
 * one or many files, edit metadata, new version, withdraw, restore, retry, confirm the detected
 * language, and the ingest runs. Every action goes through the indexer's services, as the API's do.
 */
@Controller
class EditorController {

	static final int MAX_FILES = 100;

	private final DocumentRegistration registration;

	private final DocumentEditing editing;

	private final VisibleDocuments visible;

	private final Catalogue catalogue;

	private final JobDashboard jobs;

	private final EditorChoices choices;

	private final DocumentPageModel documentPage;

	private final ProblemMessages problems;

	private final MessageSource messages;

	EditorController(DocumentRegistration registration, DocumentEditing editing, VisibleDocuments visible,
			Catalogue catalogue, JobDashboard jobs, EditorChoices choices,
			DocumentPageModel documentPage, ProblemMessages problems, MessageSource messages) {
		this.registration = registration;
		this.editing = editing;
		this.visible = visible;
		this.catalogue = catalogue;
		this.jobs = jobs;
		this.choices = choices;
		this.documentPage = documentPage;
		this.problems = problems;
		this.messages = messages;
	}

	@GetMapping("/editor")
	String home(@RequestParam(required = false) String status, HttpServletRequest request, Model model) {
		DocumentStatus wanted = null;
		for (DocumentStatus candidate : DocumentStatus.values()) {
			if (candidate.name().equals(status)) {
				wanted = candidate;
			}
		}
		model.addAttribute("status", wanted == null ? null : wanted.name());
		model.addAttribute("statuses", DocumentStatus.values());
		model.addAttribute("documents", catalogue.list(wanted, 0, 50));
		model.addAttribute("count", catalogue.count(wanted));
		return "editor/home";
	}

	@GetMapping("/editor/upload")
	String uploadForm(HttpServletRequest request, Model model) {
		return form(model, MetadataForm.empty(), List.of(), UiLanguage.of(request), null);
	}

	/**
	 * One file: its page (with the detected language to confirm); several: the ingest runs. A
	 * problem shows the form again, filled as sent, with the problems in the page's language: 400
	 * for the metadata or an empty file, 415 for a file type Mosty does not read (the files of the
	 * same upload that were accepted are kept and said so).
	 */
	@PostMapping("/editor/upload")
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@ModelAttribute("form") MetadataForm form, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		String lang = UiLanguage.of(request);
		List<MultipartFile> chosen = files == null ? List.of()
				: files.stream().filter(file -> file != null && !file.isEmpty()).toList();
		if (chosen.isEmpty()) {
			return invalid(response, HttpStatus.BAD_REQUEST,
					form(model, form, List.of(message("w.problem.files.none", lang)), lang, null));
		}
		if (chosen.size() > MAX_FILES) {
			return invalid(response, HttpStatus.BAD_REQUEST,
					form(model, form, List.of(message("w.problem.files.many", lang, MAX_FILES)), lang, null));
		}
		List<DocumentMetadata> metadata = new ArrayList<>();
		try {
			for (MultipartFile file : chosen) {
				MetadataForm one = chosen.size() > 1 || blank(form.title()) && blank(form.titlePl())
						&& blank(form.titleUk()) && blank(form.titleEn()) ? form.withTitle(titleOf(file)) : form;
				DocumentMetadata m = one.toMetadata();
				registration.validate(m);
				metadata.add(m);
			}
		}
		catch (InvalidMetadataException ex) {
			return invalid(response, HttpStatus.BAD_REQUEST,
					form(model, form, problems.localize(ex.problems(), lang), lang, null));
		}
		String last = null;
		int added = 0;
		List<String> rejected = new ArrayList<>();
		HttpStatus status = HttpStatus.BAD_REQUEST;
		for (int i = 0; i < chosen.size(); i++) {
			MultipartFile file = chosen.get(i);
			try (InputStream in = file.getInputStream()) {
				last = registration.register(in, file.getOriginalFilename(), metadata.get(i), CurrentUser.name()).id();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (RejectedFileException ex) {
				rejected.add(rejection(ex, file.getOriginalFilename(), lang));
				if (ex.reason() == RejectedFileException.Reason.UNSUPPORTED_TYPE) {
					status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
				}
				continue;
			}
			added++;
		}
		if (!rejected.isEmpty()) {
			model.addAttribute("added", added);
			return invalid(response, status, form(model, form, rejected, lang, null));
		}
		if (chosen.size() == 1) {
			return "redirect:" + UiLanguage.link("/documents/" + last, lang) + "&uploaded=1";
		}
		redirect.addFlashAttribute("uploaded", chosen.size());
		return "redirect:" + UiLanguage.link("/editor/runs", lang);
	}

	@GetMapping("/editor/documents/{id}/edit")
	String editForm(@PathVariable String id, HttpServletRequest request, Model model) {
		CatalogueDocument doc = visible.get(id, AccessScope.current());
		return form(model, MetadataForm.of(doc.metadata()), List.of(), UiLanguage.of(request), doc);
	}

	@PostMapping("/editor/documents/{id}/edit")
	String edit(@PathVariable String id, @ModelAttribute("form") MetadataForm form, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		CatalogueDocument doc = visible.get(id, AccessScope.current());
		String lang = UiLanguage.of(request);
		try {
			editing.updateMetadata(doc.id(), form.toMetadata(), CurrentUser.name());
		}
		catch (InvalidMetadataException ex) {
			return invalid(response, HttpStatus.BAD_REQUEST,
					form(model, form, problems.localize(ex.problems(), lang), lang, doc));
		}
		return "redirect:" + UiLanguage.link("/documents/" + doc.id(), lang) + "&saved=1";
	}

	/** The editor confirms the detected language as the declared one. */
	@PostMapping("/editor/documents/{id}/language")
	String confirmLanguage(@PathVariable String id, @RequestParam String language, HttpServletRequest request) {
		CatalogueDocument doc = visible.get(id, AccessScope.current());
		MetadataForm form = MetadataForm.of(doc.metadata());
		MetadataForm confirmed = new MetadataForm(form.title(), form.titlePl(), form.titleUk(), form.titleEn(),
				form.type(), form.access(), form.topics(), form.organization(), form.year(), form.published(),
				form.region(), form.audience(), form.targetGroups(), form.authors(), form.description(),
				language.strip().toLowerCase(Locale.ROOT), form.city(), form.license(), form.sourceUrl(),
				form.validAsOf());
		editing.updateMetadata(doc.id(), confirmed.toMetadata(), CurrentUser.name());
		return "redirect:" + UiLanguage.link("/documents/" + doc.id(), UiLanguage.of(request)) + "&saved=1";
	}

	/**
	 * A new file for the document. A problem shows the document page again with it, in the page's
	 * language: no file or an empty one 400, a type Mosty does not read 415, the same bytes as the
	 * current version 409.
	 */
	@PostMapping("/editor/documents/{id}/version")
	String newVersion(@PathVariable String id, @RequestParam(name = "file", required = false) MultipartFile file,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		AccessScope scope = AccessScope.current();
		CatalogueDocument doc = visible.get(id, scope);
		String lang = UiLanguage.of(request);
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", message("w.doc.noFile", lang));
			return invalid(response, HttpStatus.BAD_REQUEST, documentPage.fill(doc, scope, lang, model));
		}
		try (InputStream in = file.getInputStream()) {
			editing.newVersion(doc.id(), in, file.getOriginalFilename(), CurrentUser.name());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (RejectedFileException ex) {
			model.addAttribute("problem", rejection(ex, file.getOriginalFilename(), lang));
			return invalid(response, ex.reason() == RejectedFileException.Reason.UNSUPPORTED_TYPE
					? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST, documentPage.fill(doc, scope, lang, model));
		}
		catch (EditorialException ex) {
			// the one conflict of a new version (the document itself was found above): the same bytes again
			model.addAttribute("problem", message("w.problem.sameFile", lang));
			return invalid(response, HttpStatus.CONFLICT, documentPage.fill(doc, scope, lang, model));
		}
		return "redirect:" + UiLanguage.link("/documents/" + doc.id(), lang) + "&saved=1";
	}

	@PostMapping("/editor/documents/{id}/withdraw")
	String withdraw(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
		return act(id, request, redirect, "w.problem.withdrawn", doc -> editing.withdraw(doc, CurrentUser.name()));
	}

	@PostMapping("/editor/documents/{id}/restore")
	String restore(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
		return act(id, request, redirect, "w.problem.notWithdrawn", doc -> editing.restore(doc, CurrentUser.name()));
	}

	/** Retry a failed file; from the runs page ({@code from=runs}) the editor goes back there to follow it. */
	@PostMapping("/editor/documents/{id}/retry")
	String retry(@PathVariable String id, @RequestParam(name = "from", required = false) String from,
			HttpServletRequest request, RedirectAttributes redirect) {
		String page = act(id, request, redirect, "w.problem.notFailed", doc -> editing.retry(doc, CurrentUser.name()));
		return "runs".equals(from) ? "redirect:" + UiLanguage.link("/editor/runs", UiLanguage.of(request)) : page;
	}

	@GetMapping("/editor/runs")
	String runs(Model model) {
		model.addAttribute("dashboard", jobs.latest(20));
		model.addAttribute("htmx", true);
		return "editor/runs";
	}

	/** The progress part of the runs page alone, for HTMX polling. */
	@GetMapping("/editor/runs/progress")
	String progress(Model model) {
		model.addAttribute("dashboard", jobs.latest(20));
		return "editor/runs :: progress";
	}

	/**
	 * An editorial action, then the document page; when the action does not apply to the document
	 * as it is, the page says so ({@code conflict}, a message key: the indexer's exception carries
	 * English words only, and each action has one such case).
	 */
	private String act(String id, HttpServletRequest request, RedirectAttributes redirect, String conflict,
			java.util.function.Consumer<String> action) {
		CatalogueDocument doc = visible.get(id, AccessScope.current());
		String lang = UiLanguage.of(request);
		try {
			action.accept(doc.id());
		}
		catch (EditorialException ex) {
			redirect.addFlashAttribute("problem", message(conflict, lang));
			return "redirect:" + UiLanguage.link("/documents/" + doc.id(), lang);
		}
		return "redirect:" + UiLanguage.link("/documents/" + doc.id(), lang) + "&saved=1";
	}

	/** A refused file in words of the page's language. */
	private String rejection(RejectedFileException ex, String fileName, String lang) {
		String name = SafeFileName.of(fileName);
		if (ex.reason() == RejectedFileException.Reason.UNSUPPORTED_TYPE) {
			return message("w.problem.file.type", lang, name, ex.mediaType() == null ? "?" : ex.mediaType());
		}
		return message("w.problem.file.empty", lang, name);
	}

	private String message(String code, String lang, Object... arguments) {
		return messages.getMessage(code, arguments.length == 0 ? null : arguments, Locale.forLanguageTag(lang));
	}

	private static String invalid(HttpServletResponse response, HttpStatus status, String view) {
		response.setStatus(status.value());
		return view;
	}

	private String form(Model model, MetadataForm form, List<String> problems, String lang, CatalogueDocument doc) {
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("doc", doc);
		model.addAttribute("types", choices.types(lang));
		model.addAttribute("topicChoices", choices.topics(lang));
		model.addAttribute("regions", choices.regions(lang));
		model.addAttribute("languages", choices.languages(lang));
		model.addAttribute("audiences", choices.audiences(lang));
		model.addAttribute("accessLevels", choices.accessLevels());
		return "editor/form";
	}

	private static String titleOf(MultipartFile file) {
		String name = SafeFileName.of(file.getOriginalFilename());
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		return base.replace('_', ' ').strip();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
