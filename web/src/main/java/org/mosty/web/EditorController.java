package org.mosty.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.mosty.documents.VisibleDocuments;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.documents.DocumentRegistration;
import org.mosty.indexer.documents.InvalidMetadataException;
import org.mosty.indexer.documents.SafeFileName;
import org.mosty.indexer.editorial.AuditLog;
import org.mosty.indexer.editorial.DocumentEditing;
import org.mosty.indexer.editorial.EditorialException;
import org.mosty.jobs.JobsController;
import org.mosty.security.AccessScope;
import org.mosty.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

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

	private final AuditLog audit;

	private final JobsController jobs;

	private final EditorChoices choices;

	EditorController(DocumentRegistration registration, DocumentEditing editing, VisibleDocuments visible,
			Catalogue catalogue, AuditLog audit, JobsController jobs, EditorChoices choices) {
		this.registration = registration;
		this.editing = editing;
		this.visible = visible;
		this.catalogue = catalogue;
		this.audit = audit;
		this.jobs = jobs;
		this.choices = choices;
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

	/** One file: its page (with the detected language to confirm); several: the ingest runs. */
	@PostMapping("/editor/upload")
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@ModelAttribute("form") MetadataForm form, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		String lang = UiLanguage.of(request);
		List<MultipartFile> chosen = files == null ? List.of()
				: files.stream().filter(file -> file != null && !file.isEmpty()).toList();
		if (chosen.isEmpty()) {
			return form(model, form, List.of("files: choose at least one file"), lang, null);
		}
		if (chosen.size() > MAX_FILES) {
			return form(model, form, List.of("files: at most " + MAX_FILES + " files at once"), lang, null);
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
			return form(model, form, ex.problems(), lang, null);
		}
		String last = null;
		for (int i = 0; i < chosen.size(); i++) {
			MultipartFile file = chosen.get(i);
			try (InputStream in = file.getInputStream()) {
				last = registration.register(in, file.getOriginalFilename(), metadata.get(i)).id();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			audit.record(CurrentUser.name(), "upload", last, SafeFileName.of(file.getOriginalFilename()));
		}
		if (chosen.size() == 1) {
			return "redirect:" + link("/documents/" + last, lang) + "&uploaded=1";
		}
		redirect.addFlashAttribute("uploaded", chosen.size());
		return "redirect:" + link("/editor/runs", lang);
	}

	@GetMapping("/editor/documents/{id}/edit")
	String editForm(@PathVariable String id, HttpServletRequest request, Model model) {
		CatalogueDocument doc = visible.get(id, AccessScope.current());
		return form(model, MetadataForm.of(doc.metadata()), List.of(), UiLanguage.of(request), doc);
	}

	@PostMapping("/editor/documents/{id}/edit")
	String edit(@PathVariable String id, @ModelAttribute("form") MetadataForm form, HttpServletRequest request,
			Model model) {
		CatalogueDocument doc = visible.get(id, AccessScope.current());
		String lang = UiLanguage.of(request);
		try {
			editing.updateMetadata(doc.id(), form.toMetadata(), CurrentUser.name());
		}
		catch (InvalidMetadataException ex) {
			return form(model, form, ex.problems(), lang, doc);
		}
		return "redirect:" + link("/documents/" + doc.id(), lang) + "&saved=1";
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
		return "redirect:" + link("/documents/" + doc.id(), UiLanguage.of(request)) + "&saved=1";
	}

	@PostMapping("/editor/documents/{id}/version")
	String newVersion(@PathVariable String id, @RequestParam(name = "file", required = false) MultipartFile file,
			HttpServletRequest request, RedirectAttributes redirect) {
		CatalogueDocument doc = visible.get(id, AccessScope.current());
		String lang = UiLanguage.of(request);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("problem", "file");
			return "redirect:" + link("/documents/" + doc.id(), lang);
		}
		try (InputStream in = file.getInputStream()) {
			editing.newVersion(doc.id(), in, file.getOriginalFilename(), CurrentUser.name());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:" + link("/documents/" + doc.id(), lang) + "&saved=1";
	}

	@PostMapping("/editor/documents/{id}/withdraw")
	String withdraw(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
		return act(id, request, redirect, doc -> editing.withdraw(doc, CurrentUser.name()));
	}

	@PostMapping("/editor/documents/{id}/restore")
	String restore(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
		return act(id, request, redirect, doc -> editing.restore(doc, CurrentUser.name()));
	}

	/** Retry a failed file; from the runs page ({@code from=runs}) the editor goes back there to follow it. */
	@PostMapping("/editor/documents/{id}/retry")
	String retry(@PathVariable String id, @RequestParam(name = "from", required = false) String from,
			HttpServletRequest request, RedirectAttributes redirect) {
		String documentPage = act(id, request, redirect, doc -> editing.retry(doc, CurrentUser.name()));
		return "runs".equals(from) ? "redirect:" + link("/editor/runs", UiLanguage.of(request)) : documentPage;
	}

	@GetMapping("/editor/runs")
	String runs(Model model) {
		model.addAttribute("dashboard", jobs.runs(20));
		model.addAttribute("htmx", true);
		return "editor/runs";
	}

	/** The progress part of the runs page alone, for HTMX polling. */
	@GetMapping("/editor/runs/progress")
	String progress(Model model) {
		model.addAttribute("dashboard", jobs.runs(20));
		return "editor/runs :: progress";
	}

	private String act(String id, HttpServletRequest request, RedirectAttributes redirect,
			java.util.function.Consumer<String> action) {
		CatalogueDocument doc = visible.get(id, AccessScope.current());
		String lang = UiLanguage.of(request);
		try {
			action.accept(doc.id());
		}
		catch (EditorialException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:" + link("/documents/" + doc.id(), lang) + "&saved=1";
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

	private static String link(String path, String lang) {
		return UriComponentsBuilder.fromPath(path).queryParam("lang", lang).build().toUriString();
	}
}
