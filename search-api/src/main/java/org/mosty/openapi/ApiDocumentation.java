package org.mosty.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.problem.ProblemCode;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Completes the generated OpenAPI document in one place, so controllers stay free of
 * annotations: summaries, tags and operation ids; the parameters of endpoints that read the raw
 * request (search, export, feed, OAI-PMH); problem+json error responses; HTTP Basic where a role
 * is needed (optional elsewhere: signing in widens what reads return); non-JSON media types; and
 * examples. Each example is named; the operation's {@code x-replay} extension gives the status its
 * request answers with, and a test replays every one against a running instance.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PROBLEM = "Problem";

	static final String BASIC = "basicAuth";

	/** A syntactically valid id no document has: examples with it answer 404. */
	static final String MISSING_ID = "01ARZ3NDEKTSV4RRFFQ69G5FAV";

	enum Access {
		/** anyone; signing in widens what is returned */
		READ,
		/** editors and admins */
		EDITOR,
		/** admins */
		ADMIN,
		/** any signed-in user, about their own account */
		SIGNED_IN
	}

	/** One named example request: parameter values, the expected status and who sends it. */
	record Replay(String name, String summary, int status, String user, Map<String, String> values) {
	}

	/** What the document says about one operation. */
	record Doc(String operationId, String tag, String summary, String description, Access access,
			Map<Integer, String> errors, List<Replay> replays) {
	}

	private static final Map<String, Doc> DOCS = new LinkedHashMap<>();

	private static final Map<String, Tag> TAGS = new LinkedHashMap<>();

	static {
		tag("search", "Full-text search, facets, suggestions, related documents");
		tag("documents", "Documents, their files and citations");
		tag("editorial", "Upload, edit, versions, withdrawal (editors)");
		tag("administration", "Users, reindexing, ingest runs, audit (editors and admins)");
		tag("interoperability", "Feeds, OAI-PMH, sitemap");
		tag("me", "Accounts: registration and password reset (anyone), the caller's settings and saved searches with e-mail alerts (signed in)");
		Map<Integer, String> bad = Map.of(400, "A parameter is wrong; the detail says which.");
		Map<Integer, String> notFound = Map.of(404, "No such document, or one the caller may not see.");
		doc("GET /api/search", "search", "search", "Search the library",
				"Full text (Polish, Ukrainian and English analysis, cross-language via the glossary), facet filters "
						+ "(several values of one facet are OR-ed, facets are AND-ed), facet counts, highlighted snippets. "
						+ "Returns only what the caller may see.",
				Access.READ, bad, List.of(
						replay("legal-aid", "Polish words, one facet", 200, Map.of("q", "pomoc prawna", "f.type", "report")),
						replay("newest", "Everything, newest first, English labels", 200,
								Map.of("sort", "newest", "lang", "en", "size", "5")),
						replay("bad-years", "Years the wrong way round", 400, Map.of("year.from", "2024", "year.to", "2000"))));
		doc("GET /api/suggest", "search", "suggest", "Suggest completions",
				"Titles, organisations and glossary terms that start with the typed prefix, among visible documents.",
				Access.READ, bad, List.of(replay("prefix", "A prefix", 200, Map.of("q", "pom", "lang", "pl"))));
		doc("GET /api/search/export", "search", "exportSearch", "Export a whole result set",
				"The same parameters as /api/search (page and size are ignored); at most mosty.interop.export-max-hits "
						+ "(1000 by default) hits in the search's order. CSV is RFC 4180 with a UTF-8 byte order mark; "
						+ "the header Mosty-Total-Hits says how many documents matched.",
				Access.READ, bad, List.of(replay("csv", "Reports as CSV", 200, Map.of("format", "csv", "f.type", "report")),
						replay("ris", "A search as RIS", 200, Map.of("format", "ris", "q", "pomoc prawna")),
						replay("bad-years", "Years the wrong way round", 400,
								Map.of("format", "csv", "year.from", "2024", "year.to", "2000"))));
		doc("GET /api/documents", "editorial", "listDocuments", "List the catalogue",
				"Every document, newest first, optionally of one status.", Access.EDITOR, bad,
				List.of(replay("failed", "Failed documents", 200, "admin", Map.of("status", "FAILED")),
						replay("anonymous", "Without signing in", 401, null, Map.of())));
		doc("POST /api/documents", "editorial", "uploadDocument", "Upload a document",
				"A file and its metadata (a JSON part, see DocumentMetadata). Answers 202: the document is PENDING "
						+ "and indexed within seconds.",
				Access.EDITOR, merge(bad, Map.of(413, "The file is larger than the upload limit.")), List.of());
		doc("GET /api/documents/{id}", "documents", "getDocument", "A document's details",
				"Metadata, status and detected languages.", Access.READ, notFound,
				List.of(replay("missing", "An id nobody has", 404, Map.of("id", MISSING_ID))));
		doc("PUT /api/documents/{id}", "editorial", "editDocument", "Edit the metadata",
				"Replaces the metadata; the index follows at once.", Access.EDITOR, merge(bad, notFound), List.of());
		doc("DELETE /api/documents/{id}", "editorial", "withdrawDocument", "Withdraw a document",
				"Out of the index, 404 to readers, a deleted record for OAI-PMH harvesters; kept in the catalogue.",
				Access.EDITOR, notFound, List.of());
		doc("GET /api/documents/{id}/file", "documents", "getDocumentFile", "The original file",
				"Always an attachment.", Access.READ, notFound,
				List.of(replay("missing", "An id nobody has", 404, Map.of("id", MISSING_ID))));
		doc("GET /api/documents/{id}/thumbnail", "documents", "getDocumentThumbnail", "First-page thumbnail",
				"A PNG of a PDF's first page, rendered once at ingest out of the application's JVM; a neutral "
						+ "placeholder PNG for other formats and for PDFs that cannot be rendered (header Mosty-Thumbnail: "
						+ "first-page or placeholder); 404 for documents the caller may not see.",
				Access.READ, notFound, List.of(replay("missing", "An id nobody has", 404, Map.of("id", MISSING_ID))));
		doc("GET /api/documents/{id}/related", "search", "relatedDocuments", "Related documents",
				"Documents like this one (MoreLikeThis), across languages, among those the caller may see.",
				Access.READ, merge(bad, notFound),
				List.of(replay("missing", "An id nobody has", 404, Map.of("id", MISSING_ID))));
		doc("GET /api/documents/{id}/citation", "documents", "citeDocument", "Cite a document",
				"BibTeX (UTF-8 for biber/biblatex, capitals protected), RIS or CSL-JSON, with the permalink. "
						+ "An organisation without personal authors is the corporate author.",
				Access.READ, merge(bad, notFound),
				List.of(replay("missing", "An id nobody has", 404, Map.of("id", MISSING_ID, "format", "ris")),
						replay("bad-format", "An unknown format", 400, Map.of("id", MISSING_ID, "format", "endnote"))));
		doc("GET /api/documents/{id}/versions", "editorial", "listVersions", "Files of a document",
				"Every file, newest first; the first is the current one.", Access.EDITOR, notFound, List.of());
		doc("POST /api/documents/{id}/versions", "editorial", "uploadVersion", "Upload a new file version",
				"The new file becomes current; the document is extracted and indexed again.", Access.EDITOR,
				merge(bad, notFound, Map.of(413, "The file is larger than the upload limit.")), List.of());
		doc("GET /api/documents/{id}/versions/{version}/file", "editorial", "getVersionFile", "A previous file",
				"The bytes of one version, as an attachment.", Access.EDITOR, notFound, List.of());
		doc("GET /api/documents/{id}/translations", "documents", "getTranslations", "Language versions",
				"The document's other language versions (translations linked by editors) that the caller may see, "
						+ "by language.",
				Access.READ, notFound, List.of(replay("missing", "An id nobody has", 404, Map.of("id", MISSING_ID))));
		doc("PUT /api/documents/{id}/translations/{other}", "editorial", "linkTranslation", "Link a language version",
				"Makes the other document a language version of this one: both groups of versions become one.",
				Access.EDITOR, merge(bad, notFound), List.of());
		doc("DELETE /api/documents/{id}/translations", "editorial", "unlinkTranslation", "Leave the language versions",
				"Takes the document out of its group of language versions; a group left with one document ends.",
				Access.EDITOR, notFound, List.of());
		doc("GET /api/documents/{id}/translations/suggestions", "editorial", "suggestTranslations",
				"Suggested language versions",
				"Up to 5 documents in other languages that share what a translation keeps with this one (web addresses, "
						+ "long numbers such as telephone numbers, dates, legal references), best first, each with the "
						+ "shared anchors and Solr's score (rare anchors weigh more). Documents already linked and those "
						+ "dismissed are left out.",
				Access.EDITOR, notFound,
				List.of(replay("missing", "An id nobody has", 404, "admin", Map.of("id", MISSING_ID))));
		doc("POST /api/documents/{id}/translations/suggestions/{other}/dismiss", "editorial", "dismissTranslation",
				"Dismiss a suggested version", "The other document is not a language version of this one: it is not "
						+ "suggested for it again. Audited.",
				Access.EDITOR, merge(bad, notFound), List.of());
		doc("POST /api/documents/{id}/restore", "editorial", "restoreDocument", "Restore a withdrawn document",
				"Back in the index and visible again.", Access.EDITOR, notFound, List.of());
		doc("POST /api/documents/{id}/retry", "editorial", "retryDocument", "Retry a failed document",
				"A FAILED document back to PENDING; ingestion starts at once.",
				Access.EDITOR, merge(notFound, Map.of(409, "The document is not FAILED.")), List.of());
		doc("GET /api/audit", "administration", "auditLog", "The audit log",
				"Who did what, newest first, of one document or of everything.", Access.EDITOR, bad,
				List.of(replay("latest", "The latest entries", 200, "admin", Map.of("limit", "10"))));
		doc("GET /api/ingest/runs", "administration", "ingestRuns", "Ingest runs",
				"Recent runs of the ingest and reindex jobs with their counts.", Access.EDITOR, bad,
				List.of(replay("recent", "The last five runs", 200, "admin", Map.of("limit", "5")),
						replay("too-many", "More than allowed", 400, "admin", Map.of("limit", "100000"))));
		doc("GET /api/ingest/runs/{executionId}", "administration", "ingestRun", "One ingest run",
				"A run with its steps and skipped items.", Access.EDITOR,
				Map.of(404, "No such run."),
				List.of(replay("missing", "A run that does not exist", 404, "admin", Map.of("executionId", "999999"))));
		doc("POST /api/admin/reindex", "administration", "reindex", "Rebuild the index",
				"Starts a reindex of every indexable document from the kept text.", Access.ADMIN,
				Map.of(409, "A reindex is already running."), List.of());
		doc("GET /api/organizations", "documents", "organizations", "Organisation names",
				"The organisation authority list, optionally by prefix (for autocomplete).", Access.READ, bad,
				List.of(replay("prefix", "Names starting with F", 200, Map.of("q", "F", "limit", "5"))));
		doc("GET /api/admin/users", "administration", "listUsers", "Users", "Every user with a role.",
				Access.ADMIN, Map.of(), List.of(replay("all", "Every user", 200, "admin", Map.of())));
		doc("POST /api/admin/users", "administration", "createUser", "Create a user",
				"A user name, a password and a role (READER, MEMBER, EDITOR or ADMIN).", Access.ADMIN,
				merge(bad, Map.of(409, "The user name is taken.")), List.of());
		doc("GET /api/admin/users/{username}", "administration", "getUser", "A user", "One user.",
				Access.ADMIN, Map.of(404, "No such user."),
				List.of(replay("missing", "A user that does not exist", 404, "admin", Map.of("username", "nobody-here"))));
		doc("PUT /api/admin/users/{username}", "administration", "updateUser", "Change a user",
				"A new password and/or role, or disable the account.", Access.ADMIN,
				merge(bad, Map.of(404, "No such user.", 409, "The last admin cannot lose the role.")), List.of());
		doc("DELETE /api/admin/users/{username}", "administration", "deleteUser", "Delete a user", "Removes a user.",
				Access.ADMIN, Map.of(404, "No such user.", 409, "The last admin cannot be deleted."), List.of());
		doc("GET /feeds/search.atom", "interoperability", "searchFeed", "Atom feed of a search",
				"The same parameters as /api/search; newest documents first (most recently added), at most "
						+ "mosty.interop.feed-max-entries. PUBLIC documents only, whoever asks. Entry ids are tag: URIs of "
						+ "the document id; xml:lang and the summary are in the document's language.",
				Access.READ, bad, List.of(replay("topic", "New documents on legal aid", 200,
						Map.of("f.topic", "legal-aid")),
						replay("words", "New documents with words", 200, Map.of("q", "uchodźcy")),
						replay("bad-years", "Years the wrong way round", 400, Map.of("year.from", "2024", "year.to", "2000"))));
		Map<Integer, String> noSaved = Map.of(404, "No such saved search of the caller.");
		doc("GET /api/me", "me", "getMe", "Who am I",
				"The caller's user name, role and the address alerts go to (null when none).", Access.SIGNED_IN,
				Map.of(), List.of(replay("me", "The admin", 200, "admin", Map.of()),
						replay("anonymous", "Without signing in", 401, null, Map.of())));
		doc("PUT /api/me", "me", "changeMe", "Set the alert address",
				"{\"email\": \"…\"} sets the address saved-search alerts are sent to; null or blank removes it "
						+ "(alerts then wait in the outbox on the saved-searches page).",
				Access.SIGNED_IN, bad, List.of());
		doc("GET /api/me/searches", "me", "listSavedSearches", "Saved searches",
				"The caller's saved searches, oldest first, each with its parameters, alert frequency, the address "
						+ "of its results page and of its private Atom feed (a secret), and alertedUntil: documents "
						+ "that became visible after it are in the next alert.",
				Access.SIGNED_IN, Map.of(), List.of(replay("mine", "The admin's saved searches", 200, "admin", Map.of()),
						replay("anonymous", "Without signing in", 401, null, Map.of())));
		doc("POST /api/me/searches", "me", "saveSearch", "Save a search",
				"{\"parameters\": a query string of /api/search (q, f.*, year.from, year.to, sort, lang; paging "
						+ "is dropped), \"name\" (the query's words by default), \"frequency\": off, daily (default) or "
						+ "weekly}. The parameters are checked like a search's; the alerts list documents that become "
						+ "visible from now on, in the interface language saved. At most 100 per user.",
				Access.SIGNED_IN, bad, List.of());
		doc("GET /api/me/searches/{id}", "me", "getSavedSearch", "A saved search", "One of the caller's saved searches.",
				Access.SIGNED_IN, noSaved,
				List.of(replay("missing", "An id nobody has", 404, "admin", Map.of("id", MISSING_ID))));
		doc("PATCH /api/me/searches/{id}", "me", "changeSavedSearch", "Rename it or change its alerts",
				"{\"name\"} and/or {\"frequency\"}; the parameters of a saved search do not change (save a new one).",
				Access.SIGNED_IN, merge(bad, noSaved, Map.of(409, "It changed meanwhile; read it again.")), List.of());
		doc("DELETE /api/me/searches/{id}", "me", "deleteSavedSearch", "Delete a saved search",
				"Deletes it with its feed; no more alerts.", Access.SIGNED_IN, noSaved, List.of());
		Map<Integer, String> tooMany = Map.of(429, "Too many requests of this kind from this address; see Retry-After.");
		doc("POST /api/accounts", "me", "register", "Register a reader account",
				"{\"username\", \"email\", \"password\" (8 characters to 72 bytes), \"lang\"}: a READER account, disabled "
						+ "until the address is confirmed with the token mailed to it (the link of the e-mail leads to "
						+ "a page; POST /api/accounts/confirm takes the token). Answers 202 also when the address already "
						+ "has an account, whose owner is mailed instead. 404 when registration is off "
						+ "(mosty.accounts.registration, the default).",
				Access.READ, merge(bad, Map.of(404, "Registration is off."), tooMany), List.of());
		doc("POST /api/accounts/confirm", "me", "confirmAccount", "Confirm an address",
				"{\"token\"} from the confirmation e-mail; the account can sign in after it. One-time, expires.",
				Access.READ, merge(bad, Map.of(404, "No such token, or it was used or has expired."), tooMany), List.of());
		doc("POST /api/accounts/password-reset", "me", "requestPasswordReset", "Ask for a password reset",
				"{\"who\": user name or address, \"lang\"}: mails a reset token to the account's address, if there is "
						+ "one; answers 202 either way.",
				Access.READ, merge(bad, tooMany), List.of());
		doc("POST /api/accounts/password", "me", "resetPassword", "Set a new password",
				"{\"token\", \"password\"} with the token from the reset e-mail. One-time, expires.", Access.READ,
				merge(bad, Map.of(404, "No such token, or it was used or has expired."), tooMany), List.of());
		doc("GET /api/documents/{id}/matches", "documents", "documentMatches", "Where a search's words are",
				"q and lang as for /api/search: the words of the document the search matched, as the document writes "
						+ "them (inflected forms, other languages' words reached by translation), for a viewer to mark, "
						+ "and the pages where they stand with how many times (pageCount pages as the reading view "
						+ "/documents/{id}/read pages the text: a PDF's pages, else about 4,000 characters each).",
				Access.READ, merge(bad, notFound),
				List.of(replay("missing", "An id nobody has", 404, Map.of("id", MISSING_ID, "q", "azyl"))));
		doc("GET /feeds/saved/{token}.atom", "interoperability", "savedSearchFeed", "Private feed of a saved search",
				"The saved search's newest documents (at most mosty.interop.feed-max-entries) that its owner may see "
						+ "now; a lowered role narrows it at once. The token in the address is the only credential: "
						+ "whoever has the address reads the feed. Unknown tokens are throttled per address.",
				Access.READ, Map.of(404, "No such feed.", 429, "Too many unknown tokens from this address; see Retry-After."),
				List.of(replay("unknown", "A token nobody has", 404, Map.of("token", "no-such-token"))));
		doc("GET /oai", "interoperability", "oaiPmh", "OAI-PMH 2.0",
				"Identify, ListMetadataFormats, ListSets (type:<type>, topic:<concept>), ListIdentifiers, ListRecords, "
						+ "GetRecord with oai_dc (languages as ISO 639-3). PUBLIC documents only; withdrawn ones are "
						+ "deleted records (deletedRecord transient). Errors are OAI <error> elements with HTTP 200, as the "
						+ "protocol wants. Datestamps are the last change, seconds granularity, UTC.",
				Access.READ, Map.of(), List.of(replay("identify", "Identify", 200, Map.of("verb", "Identify")),
						replay("sets", "ListSets", 200, Map.of("verb", "ListSets")),
						replay("records", "ListRecords since a day", 200,
								Map.of("verb", "ListRecords", "metadataPrefix", "oai_dc", "from", "2025-01-01")),
						replay("bad-verb", "An unknown verb (an OAI error, still HTTP 200)", 200,
								Map.of("verb", "Harvest"))));
		doc("POST /oai", "interoperability", "oaiPmhPost", "OAI-PMH 2.0 (form post)",
				"The same as GET /oai with the arguments as an application/x-www-form-urlencoded body.", Access.READ,
				Map.of(), List.of());
		doc("GET /sitemap.xml", "interoperability", "sitemap", "Sitemap",
				"Permalinks of PUBLIC document pages with their last change; a sitemap index of "
						+ "/sitemaps/{part}.xml above 50,000 documents.",
				Access.READ, Map.of(), List.of(replay("sitemap", "The sitemap", 200, Map.of())));
		doc("GET /sitemaps/{part}.xml", "interoperability", "sitemapPart", "Part of a large sitemap",
				"Only when /sitemap.xml is an index.", Access.READ, Map.of(404, "No such part."),
				List.of(replay("missing", "A part that does not exist", 404, Map.of("part", "999"))));
	}

	private static void tag(String name, String description) {
		TAGS.put(name, new Tag().name(name).description(description));
	}

	private static void doc(String key, String tag, String operationId, String summary, String description,
			Access access, Map<Integer, String> errors, List<Replay> replays) {
		DOCS.put(key, new Doc(operationId, tag, summary, description, access, errors, replays));
	}

	private static Replay replay(String name, String summary, int status, Map<String, String> values) {
		return new Replay(name, summary, status, null, values);
	}

	private static Replay replay(String name, String summary, int status, String user, Map<String, String> values) {
		return new Replay(name, summary, status, user, values);
	}

	@SafeVarargs
	private static Map<Integer, String> merge(Map<Integer, String>... maps) {
		Map<Integer, String> merged = new LinkedHashMap<>();
		for (Map<Integer, String> map : maps) {
			merged.putAll(map);
		}
		return merged;
	}

	@Bean
	OpenAPI mostyOpenApi() {
		return new OpenAPI().info(new Info().title("Mosty API")
			.version("1")
			.description("A multilingual (Polish, Ukrainian, English) knowledge library: search, documents, "
					+ "citations, editorial workflow, feeds, OAI-PMH. Reads are open; what a read returns depends on "
					+ "the caller (anonymous: PUBLIC; MEMBER: also MEMBERS; EDITOR and ADMIN: everything). Errors are "
					+ "RFC 9457 problem details (application/problem+json).")
			.license(new License().name("Apache-2.0").identifier("Apache-2.0")))
			.servers(List.of(new Server().url("/").description("This instance")));
	}

	@Bean
	OpenApiCustomizer mostyOpenApiCustomizer() {
		return ApiDocumentation::customize;
	}

	static void customize(OpenAPI api) {
		Components components = api.getComponents() == null ? new Components() : api.getComponents();
		api.setComponents(components);
		components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("basic")
			.description("HTTP Basic with a Mosty user (stateless; no session)."));
		components.addSchemas(PROBLEM, new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().example("about:blank"))
			.addProperty("title", new StringSchema().example("Bad request"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema().example("year.from: must be a whole number"))
			.addProperty("instance", new StringSchema().example("/api/search"))
			.addProperty("problems", new ArraySchema().description("400 only: each problem as data (issue 20). "
					+ "Translate by code; the detail is English for people.")
				.items(new ObjectSchema().addProperty("field", new StringSchema().example("year.from"))
					.addProperty("code", new StringSchema()._enum(Arrays.stream(ProblemCode.values()).map(ProblemCode::code).toList())
						.example("number"))
					.addProperty("arguments", new ArraySchema().items(new StringSchema()).example(List.of()))
					.addProperty("detail", new StringSchema().example("must be a whole number"))
					.required(List.of("field", "code", "arguments", "detail"))))
			.addProperty("errors", new ArraySchema().description("Invalid metadata only: the problems as \"field: detail\" lines")
				.items(new StringSchema()))
			.required(List.of("type", "title", "status")));
		ModelConverters.getInstance().readAll(DocumentMetadata.class).forEach(components::addSchemas);
		api.setTags(new ArrayList<>(TAGS.values()));
		for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
			for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
				String key = operation.getKey().name() + " " + path.getKey();
				Doc doc = DOCS.get(key);
				if (doc != null) {
					apply(key, path.getKey(), operation.getValue(), doc);
				}
			}
		}
	}

	private static void apply(String key, String path, Operation operation, Doc doc) {
		operation.operationId(doc.operationId()).summary(doc.summary()).description(doc.description());
		operation.setTags(List.of(doc.tag()));
		if (doc.tag().equals("interoperability")) {
			// feeds, OAI-PMH and the sitemap show PUBLIC documents only: signing in changes nothing
			operation.setSecurity(List.of(new SecurityRequirement()));
		}
		else if (doc.access() == Access.READ) {
			operation.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(BASIC)));
		}
		else {
			operation.setSecurity(List.of(new SecurityRequirement().addList(BASIC)));
		}
		if (operation.getParameters() == null) {
			operation.setParameters(new ArrayList<>());
		}
		if (key.equals("GET /api/search") || key.equals("GET /api/search/export") || key.equals("GET /feeds/search.atom")) {
			searchParameters(operation);
		}
		if (key.equals("GET /api/search/export")) {
			operation.getParameters().add(0, new Parameter().in("query").name("format").required(true)
				.description("csv, bibtex or ris")
				.schema(new StringSchema()._enum(List.of("csv", "bibtex", "ris"))));
		}
		if (key.equals("GET /oai")) {
			oaiParameters(operation);
		}
		if (key.equals("POST /oai")) {
			operation.setParameters(new ArrayList<>());
			ObjectSchema form = new ObjectSchema();
			for (String name : List.of("verb", "identifier", "metadataPrefix", "from", "until", "set", "resumptionToken")) {
				form.addProperty(name, new StringSchema());
			}
			form.required(List.of("verb"));
			operation.setRequestBody(new RequestBody().required(true)
				.content(new Content().addMediaType("application/x-www-form-urlencoded",
						new MediaType().schema(form).example(Map.of("verb", "Identify")))));
		}
		if (key.equals("PUT /api/documents/{id}")) {
			operation.setRequestBody(new RequestBody().required(true)
				.content(new Content().addMediaType("application/json",
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/DocumentMetadata")))));
		}
		if (key.equals("POST /api/documents") && operation.getRequestBody() != null) {
			describeMetadataPart(operation);
		}
		responses(key, path, operation, doc);
		examples(operation, doc);
	}

	private static void describeMetadataPart(Operation operation) {
		for (MediaType media : operation.getRequestBody().getContent().values()) {
			Schema<?> schema = media.getSchema();
			if (schema != null && schema.getProperties() != null && schema.getProperties().get("metadata") != null) {
				schema.getProperties().get("metadata")
					.description("DocumentMetadata as JSON text")
					.example("{\"title\":\"Pomoc prawna\",\"type\":\"report\",\"access\":\"PUBLIC\",\"language\":\"pl\"}");
			}
		}
	}

	private static void searchParameters(Operation operation) {
		List<Parameter> parameters = operation.getParameters();
		parameters.add(query("q", "The words to search for, at most 1000 characters; empty: everything", new StringSchema()));
		for (String facet : List.of("type", "topic", "language", "organization", "region", "audience", "year", "format")) {
			parameters.add(new Parameter().in("query").name("f." + facet)
				.description("Filter by " + facet + "; repeat for several values (OR), at most 20")
				.schema(new ArraySchema().items(new StringSchema()))
				.explode(true)
				.style(Parameter.StyleEnum.FORM));
		}
		parameters.add(query("year.from", "Lowest year, inclusive", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(1000))
			.maximum(java.math.BigDecimal.valueOf(9999))));
		parameters.add(query("year.to", "Highest year, inclusive", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(1000))
			.maximum(java.math.BigDecimal.valueOf(9999))));
		parameters.add(query("sort", "The order", new StringSchema()._enum(List.of("relevance", "newest", "oldest", "title"))));
		parameters.add(query("page", "1-based page; page × size at most 10000", new IntegerSchema()
			.minimum(java.math.BigDecimal.ONE)));
		parameters.add(query("size", "Hits per page, 1–100 (20)", new IntegerSchema().minimum(java.math.BigDecimal.ONE)
			.maximum(java.math.BigDecimal.valueOf(100))));
		parameters.add(query("lang", "The language of labels", new StringSchema()._enum(List.of("pl", "uk", "en"))));
	}

	private static void oaiParameters(Operation operation) {
		List<Parameter> parameters = operation.getParameters();
		// a plain string: any other value is answered (with the OAI error badVerb), not refused
		parameters.add(new Parameter().in("query").name("verb").required(true)
			.description("The OAI-PMH verb: Identify, ListMetadataFormats, ListSets, ListIdentifiers, ListRecords or "
					+ "GetRecord")
			.schema(new StringSchema()));
		parameters.add(query("identifier", "oai:<repository identifier>:<document id>", new StringSchema()));
		parameters.add(query("metadataPrefix", "oai_dc", new StringSchema()));
		parameters.add(query("from", "UTC date, YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ", new StringSchema()));
		parameters.add(query("until", "UTC date, same granularity as from", new StringSchema()));
		parameters.add(query("set", "type:<type id> or topic:<concept id> (or type, topic)", new StringSchema()));
		parameters.add(query("resumptionToken", "From the previous page; exclusive", new StringSchema()));
	}

	private static Parameter query(String name, String description, Schema<?> schema) {
		return new Parameter().in("query").name(name).description(description).schema(schema);
	}

	private static final Set<String> NON_JSON = Set.of("GET /api/documents/{id}/file",
			"GET /api/documents/{id}/thumbnail",
			"GET /api/documents/{id}/versions/{version}/file", "GET /api/documents/{id}/citation",
			"GET /api/search/export", "GET /feeds/search.atom", "GET /feeds/saved/{token}.atom", "GET /oai", "POST /oai", "GET /sitemap.xml",
			"GET /sitemaps/{part}.xml");

	/** Operations whose success is not 200 (springdoc cannot see through ResponseEntity). */
	private static final Map<String, Integer> SUCCESS = Map.ofEntries(Map.entry("POST /api/documents", 202),
			Map.entry("POST /api/documents/{id}/versions", 202), Map.entry("POST /api/documents/{id}/retry", 202),
			Map.entry("POST /api/admin/reindex", 202), Map.entry("POST /api/admin/users", 201),
			Map.entry("DELETE /api/documents/{id}", 204), Map.entry("DELETE /api/admin/users/{username}", 204),
			Map.entry("PUT /api/documents/{id}/translations/{other}", 204),
			Map.entry("DELETE /api/documents/{id}/translations", 204), Map.entry("POST /api/me/searches", 201),
			Map.entry("DELETE /api/me/searches/{id}", 204),
			Map.entry("POST /api/documents/{id}/translations/suggestions/{other}/dismiss", 204),
			Map.entry("POST /api/accounts", 202), Map.entry("POST /api/accounts/confirm", 204),
			Map.entry("POST /api/accounts/password-reset", 202), Map.entry("POST /api/accounts/password", 204));

	private static void responses(String key, String path, Operation operation, Doc doc) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		// keep the success responses springdoc found, drop its generic error guesses
		ApiResponses fixed = new ApiResponses();
		responses.forEach((code, response) -> {
			if (code.startsWith("2")) {
				fixed.addApiResponse(code, response);
			}
		});
		if (fixed.isEmpty()) {
			fixed.addApiResponse("200", new ApiResponse().description("OK"));
		}
		Integer success = SUCCESS.get(key);
		if (success != null && !fixed.containsKey(Integer.toString(success))) {
			ApiResponse found = fixed.values().iterator().next();
			fixed.clear();
			if (success == 204) {
				found.setContent(null);
				found.setDescription("Done, no content");
			}
			else {
				found.setDescription(success == 201 ? "Created" : "Accepted: runs in the background");
			}
			fixed.addApiResponse(Integer.toString(success), found);
		}
		if (NON_JSON.contains(key)) {
			ApiResponse ok = fixed.values().iterator().next();
			ok.setContent(nonJson(key));
			if (key.equals("GET /api/search/export")) {
				ok.addHeaderObject("Mosty-Total-Hits", new io.swagger.v3.oas.models.headers.Header()
					.description("How many documents matched (the export stops at the limit)")
					.schema(new IntegerSchema()));
			}
		}
		for (ApiResponse response : fixed.values()) {
			if (response.getDescription() == null || response.getDescription().isBlank()) {
				response.setDescription("OK");
			}
		}
		Map<Integer, String> errors = new LinkedHashMap<>(doc.errors());
		if (doc.access() != Access.READ) {
			errors.put(401, "Not signed in (HTTP Basic).");
		}
		if (doc.access() == Access.EDITOR || doc.access() == Access.ADMIN) {
			errors.put(403, doc.access() == Access.ADMIN ? "Needs the role ADMIN." : "Needs the role EDITOR or ADMIN.");
		}
		errors.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(error -> fixed.addApiResponse(
				Integer.toString(error.getKey()),
				new ApiResponse().description(error.getValue())
					.content(new Content().addMediaType("application/problem+json",
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
		operation.setResponses(fixed);
	}

	private static Content nonJson(String key) {
		Content content = new Content();
		StringSchema text = new StringSchema();
		switch (key) {
			case "GET /api/documents/{id}/citation" -> {
				content.addMediaType("application/x-bibtex", new MediaType().schema(text));
				content.addMediaType("application/x-research-info-systems", new MediaType().schema(text));
				content.addMediaType("application/vnd.citationstyles.csl+json",
						new MediaType().schema(new ArraySchema().items(new ObjectSchema())));
			}
			case "GET /api/search/export" -> {
				content.addMediaType("text/csv", new MediaType().schema(text));
				content.addMediaType("application/x-bibtex", new MediaType().schema(text));
				content.addMediaType("application/x-research-info-systems", new MediaType().schema(text));
			}
			case "GET /feeds/search.atom", "GET /feeds/saved/{token}.atom" -> content.addMediaType("application/atom+xml", new MediaType().schema(text));
			case "GET /oai", "POST /oai" -> content.addMediaType("text/xml", new MediaType().schema(text));
			case "GET /sitemap.xml", "GET /sitemaps/{part}.xml" -> content.addMediaType("application/xml",
					new MediaType().schema(text));
			default -> content.addMediaType("application/octet-stream",
					new MediaType().schema(new StringSchema().format("binary")));
		}
		return content;
	}

	/** An example value as the parameter's schema types it (an integer parameter gets a number). */
	private static Object typed(Parameter parameter, String value) {
		Schema<?> schema = parameter.getSchema();
		boolean integer = schema != null && ("integer".equals(schema.getType())
				|| schema.getTypes() != null && schema.getTypes().contains("integer"));
		boolean array = schema != null && ("array".equals(schema.getType())
				|| schema.getTypes() != null && schema.getTypes().contains("array"));
		if (array) {
			return List.of(value);
		}
		if (integer) {
			try {
				return Long.valueOf(value);
			}
			catch (NumberFormatException ex) {
				return value;
			}
		}
		return value;
	}

	private static void examples(Operation operation, Doc doc) {
		if (doc.replays().isEmpty()) {
			return;
		}
		List<Map<String, Object>> replay = new ArrayList<>();
		for (Replay example : doc.replays()) {
			for (Map.Entry<String, String> value : example.values().entrySet()) {
				Parameter parameter = operation.getParameters()
					.stream()
					.filter(p -> p.getName().equals(value.getKey()))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException(
							"Example " + example.name() + " names an unknown parameter " + value.getKey()));
				parameter.setExample(null);
				parameter.addExample(example.name(),
						new Example().summary(example.summary()).value(typed(parameter, value.getValue())));
			}
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("example", example.name());
			entry.put("summary", example.summary());
			entry.put("status", example.status());
			if (example.user() != null) {
				entry.put("user", example.user());
			}
			replay.add(entry);
		}
		operation.addExtension("x-replay", replay);
	}
}
