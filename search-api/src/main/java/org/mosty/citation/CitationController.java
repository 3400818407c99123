package org.mosty.citation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mosty.api.BadRequestException;
import org.mosty.documents.VisibleDocuments;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.EditorialRecords;
import org.mosty.indexer.catalogue.EditorialState;
import org.mosty.interop.InteropProperties;
import org.mosty.interop.Permalinks;
import org.mosty.search.SearchRequestParser;
import org.mosty.search.SearchService;
import org.mosty.security.AccessScope;
import org.mosty.problem.FieldProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/documents/{id}/citation?format=bibtex|ris|csl-json} and
 * {@code GET /api/search/export?format=csv|bibtex|ris&<search parameters>}. Both see exactly what
 * the user may see: the citation goes through {@link VisibleDocuments} (404 when hidden), the
 * export through the search with the user's {@link AccessScope}.
 */
@RestController
class CitationController {

	/** Header with the number of hits the search had (an export stops at {@code mosty.interop.export-max-hits}). */
	public static final String TOTAL_HEADER = "Mosty-Total-Hits";

	static final MediaType BIBTEX = new MediaType("application", "x-bibtex", StandardCharsets.UTF_8);

	static final MediaType RIS = new MediaType("application", "x-research-info-systems", StandardCharsets.UTF_8);

	static final MediaType CSL_JSON = new MediaType("application", "vnd.citationstyles.csl+json",
			StandardCharsets.UTF_8);

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final List<String> CSV_COLUMNS = List.of("id", "title", "authors", "organization", "year", "published",
			"type", "language", "topics", "license", "url");

	private final VisibleDocuments visible;

	private final Catalogue catalogue;

	private final EditorialRecords editorial;

	private final Permalinks permalinks;

	private final SearchRequestParser parser;

	private final SearchService search;

	private final InteropProperties properties;

	private final JsonMapper json;

	public CitationController(VisibleDocuments visible, Catalogue catalogue, EditorialRecords editorial,
			Permalinks permalinks, SearchRequestParser parser, SearchService search, InteropProperties properties,
			JsonMapper json) {
		this.visible = visible;
		this.catalogue = catalogue;
		this.editorial = editorial;
		this.permalinks = permalinks;
		this.parser = parser;
		this.search = search;
		this.properties = properties;
		this.json = json;
	}

	@GetMapping("/api/documents/{id}/citation")
	public ResponseEntity<String> citation(@PathVariable String id,
			@RequestParam(defaultValue = "bibtex") String format) {
		String wanted = format(format, List.of("bibtex", "ris", "csl-json"));
		CatalogueDocument doc = visible.get(id, AccessScope.current());
		List<Citable> citables = List.of(Citable.of(doc, permalinks.document(doc.id())));
		return switch (wanted) {
			case "bibtex" -> body(BIBTEX, "inline", doc.id() + ".bib", BibTex.entries(citables));
			case "ris" -> body(RIS, "inline", doc.id() + ".ris", Ris.records(citables));
			default -> body(CSL_JSON, "inline", doc.id() + ".json", json.writeValueAsString(CslJson.items(json, citables)));
		};
	}

	@GetMapping("/api/search/export")
	public ResponseEntity<String> export(HttpServletRequest request) {
		String[] formats = request.getParameterValues("format");
		if (formats != null && formats.length > 1) {
			throw new BadRequestException(FieldProblem.once("format"));
		}
		String wanted = format(formats == null ? "csv" : formats[0], List.of("csv", "bibtex", "ris"));
		AccessScope scope = AccessScope.current();
		SearchService.Ids ids = search.ids(parser.parse(request.getParameterMap()), scope, false,
				properties.exportMaxHits());
		List<Citable> citables = new ArrayList<>();
		for (String id : ids.ids()) {
			catalogue.findById(id)
				.filter(doc -> scope.allows(doc.access()))
				.filter(doc -> scope.editor() || !editorial.state(doc.id()).map(EditorialState::withdrawn).orElse(true))
				.ifPresent(doc -> citables.add(Citable.of(doc, permalinks.document(doc.id()))));
		}
		ResponseEntity<String> response = switch (wanted) {
			case "bibtex" -> body(BIBTEX, "attachment", "mosty-export.bib", BibTex.entries(citables));
			case "ris" -> body(RIS, "attachment", "mosty-export.ris", Ris.records(citables));
			default -> body(CSV, "attachment", "mosty-export.csv", csv(citables));
		};
		return ResponseEntity.status(response.getStatusCode())
			.headers(response.getHeaders())
			.header(TOTAL_HEADER, Long.toString(ids.total()))
			.body(response.getBody());
	}

	/**
	 * CSV (RFC 4180, CRLF, quoted where needed) with a UTF-8 byte order mark, so spreadsheet
	 * programs open Polish and Ukrainian text correctly; several values in one cell are separated
	 * by "; ".
	 */
	static String csv(List<Citable> citables) {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
			for (Citable c : citables) {
				printer.printRecord(c.id(), c.title(),
						c.persons().isEmpty() ? c.organization() : String.join("; ", c.persons()), c.organization(),
						c.year(), c.published(), c.type(), c.language(), String.join("; ", c.topics()), c.license(),
						c.url());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String format(String format, List<String> allowed) {
		String normalized = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
		if (!allowed.contains(normalized)) {
			throw new BadRequestException(FieldProblem.choice("format", allowed));
		}
		return normalized;
	}

	private static ResponseEntity<String> body(MediaType type, String disposition, String fileName, String body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.builder(disposition).filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}
}
