package org.mosty.feed;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;

import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.catalogue.EditorialRecords;
import org.mosty.indexer.catalogue.EditorialState;
import org.mosty.interop.InteropProperties;
import org.mosty.interop.Permalinks;
import org.mosty.api.NotFoundException;
import org.mosty.saved.MySearches;
import org.mosty.saved.SavedSearch;
import org.mosty.saved.SavedSearches;
import org.mosty.search.SearchRequest;
import org.mosty.search.SearchRequestParser;
import org.mosty.search.SearchService;
import org.mosty.security.AccessScope;
import org.mosty.security.SecretChecks;
import org.mosty.security.UserAccounts;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /feeds/search.atom?<search parameters>}: the documents matching a search, most
 * recently added to the library first ({@code published} is when it was added), as Atom
 * (RFC 4287). Always PUBLIC documents only, even
 * for a signed-in editor: a feed URL gets shared and read by feed readers without an account.
 * Entry ids are {@code tag:} URIs of the document id, so they never change; {@code updated} is the
 * document's last change; the summary (its description, else the start of its text) and the
 * entry's {@code xml:lang} are in the document's language.
 */
@RestController
class FeedController {

	public static final String ATOM_NS = "http://www.w3.org/2005/Atom";

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	/** The fixed scope of feeds: never more than PUBLIC, whoever asks. */
	static final AccessScope PUBLIC = new AccessScope(EnumSet.of(AccessLevel.PUBLIC));

	static final int SUMMARY_CHARS = 400;

	private final SearchRequestParser parser;

	private final SearchService search;

	private final Catalogue catalogue;

	private final EditorialRecords editorial;

	private final Permalinks permalinks;

	private final InteropProperties properties;

	private final SavedSearches savedSearches;

	private final MySearches mySearches;

	private final UserAccounts users;

	private final SecretChecks secrets;

	public FeedController(SearchRequestParser parser, SearchService search, Catalogue catalogue,
			EditorialRecords editorial, Permalinks permalinks, InteropProperties properties,
			SavedSearches savedSearches, MySearches mySearches, UserAccounts users, SecretChecks secrets) {
		this.savedSearches = savedSearches;
		this.mySearches = mySearches;
		this.users = users;
		this.secrets = secrets;
		this.parser = parser;
		this.search = search;
		this.catalogue = catalogue;
		this.editorial = editorial;
		this.permalinks = permalinks;
		this.properties = properties;
	}

	@GetMapping("/feeds/search.atom")
	public ResponseEntity<byte[]> search(HttpServletRequest request) {
		SearchRequest searchRequest = parser.parse(request.getParameterMap());
		int max = Math.min(searchRequest.size(), properties.feedMaxEntries());
		List<CatalogueDocument> docs = new ArrayList<>();
		for (String id : search.ids(searchRequest, PUBLIC, true, max).ids()) {
			catalogue.findById(id)
				.filter(doc -> doc.access() == AccessLevel.PUBLIC)
				.filter(doc -> !editorial.state(doc.id()).map(EditorialState::withdrawn).orElse(true))
				.ifPresent(docs::add);
		}
		String query = canonicalQuery(request.getParameterMap());
		return ResponseEntity.ok().contentType(ATOM).body(atom(searchRequest, query, docs));
	}

	/**
	 * {@code GET /feeds/saved/{token}.atom}: a saved search's private feed (issue 19). Whoever has
	 * the address reads what the saved search's owner may see now (a lowered role narrows it at
	 * once), newest first; the token is a secret, so unknown tokens are throttled per address.
	 */
	@GetMapping("/feeds/saved/{token}.atom")
	public ResponseEntity<byte[]> saved(@PathVariable String token, HttpServletRequest request) {
		SavedSearch saved = secrets.check("feed", request.getRemoteAddr(), () -> savedSearches.byFeedToken(token))
			.orElseThrow(() -> new NotFoundException("No such feed"));
		AccessScope scope = AccessScope.of(users.find(saved.username()).map(UserAccounts.UserView::role).orElse(null));
		SearchRequest searchRequest = mySearches.request(saved);
		List<CatalogueDocument> docs = new ArrayList<>();
		for (String id : search.ids(searchRequest, scope, true, properties.feedMaxEntries()).ids()) {
			catalogue.findById(id)
				.filter(doc -> scope.allows(doc.access()))
				.filter(doc -> !editorial.state(doc.id()).map(EditorialState::withdrawn).orElse(true))
				.ifPresent(docs::add);
		}
		byte[] body = atom(searchRequest, new Head("feeds/saved/" + saved.id(),
				properties.repositoryName() + ": " + saved.name(), "/feeds/saved/" + token + ".atom",
				"/search?" + saved.parameters()), docs);
		return ResponseEntity.ok()
			.contentType(ATOM)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header("X-Robots-Tag", "noindex")
			.header("Referrer-Policy", "no-referrer")
			.body(body);
	}

	/** The search parameters sorted by name (paging left out), so one search has one feed id. */
	static String canonicalQuery(Map<String, String[]> parameters) {
		Map<String, String[]> sorted = new TreeMap<>(parameters);
		sorted.remove("page");
		return sorted.entrySet()
			.stream()
			.flatMap(entry -> Arrays.stream(entry.getValue()).sorted().map(value -> encode(entry.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
	}

	private byte[] atom(SearchRequest request, String query, List<CatalogueDocument> docs) {
		String suffix = query.isEmpty() ? "" : "?" + query;
		return atom(request, new Head("feeds/search" + suffix,
				properties.repositoryName() + ": " + (request.hasQuery() ? request.query() : "newest documents"),
				"/feeds/search.atom" + suffix, "/search" + suffix), docs);
	}

	/** What distinguishes one feed: its id (a tag: URI's specific part), title, own and HTML addresses. */
	private record Head(String tag, String title, String self, String alternate) {
	}

	private byte[] atom(SearchRequest request, Head head, List<CatalogueDocument> docs) {
		String base = permalinks.base();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("", "feed", ATOM_NS);
			xml.writeDefaultNamespace(ATOM_NS);
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", request.lang());
			text(xml, "id", permalinks.tag(head.tag()));
			text(xml, "title", head.title());
			link(xml, "self", "application/atom+xml", base + head.self(), null);
			link(xml, "alternate", "text/html", base + head.alternate(), null);
			Instant updated = docs.stream()
				.map(CatalogueDocument::updatedAt)
				.max(Instant::compareTo)
				.orElse(Instant.now());
			text(xml, "updated", date(updated));
			xml.writeStartElement(ATOM_NS, "author");
			text(xml, "name", properties.repositoryName());
			xml.writeEndElement();
			text(xml, "generator", "Mosty");
			for (CatalogueDocument doc : docs) {
				entry(xml, doc);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("The feed could not be written", ex);
		}
		return out.toByteArray();
	}

	private void entry(XMLStreamWriter xml, CatalogueDocument doc) throws XMLStreamException {
		DocumentMetadata meta = doc.metadata();
		String language = doc.language() != null ? doc.language() : meta.language();
		xml.writeStartElement(ATOM_NS, "entry");
		if (language != null) {
			xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
		}
		text(xml, "id", permalinks.tag("documents/" + doc.id()));
		String title = language != null && meta.titles().containsKey(language) ? meta.titles().get(language)
				: meta.title();
		text(xml, "title", title);
		link(xml, "alternate", "text/html", permalinks.document(doc.id()), null);
		text(xml, "updated", date(doc.updatedAt()));
		text(xml, "published", date(doc.createdAt()));
		List<String> names = meta.authors().isEmpty() && meta.organization() != null ? List.of(meta.organization())
				: meta.authors();
		for (String name : names) {
			xml.writeStartElement(ATOM_NS, "author");
			text(xml, "name", name);
			xml.writeEndElement();
		}
		xml.writeStartElement(ATOM_NS, "category");
		xml.writeAttribute("term", meta.type());
		xml.writeAttribute("scheme", permalinks.base() + "/search?f.type=");
		xml.writeEndElement();
		for (String topic : meta.topics()) {
			xml.writeStartElement(ATOM_NS, "category");
			xml.writeAttribute("term", topic);
			xml.writeAttribute("scheme", permalinks.base() + "/search?f.topic=");
			xml.writeEndElement();
		}
		String summary = summary(doc);
		if (summary != null) {
			text(xml, "summary", summary);
		}
		xml.writeEndElement();
	}

	/** The description, else the first {@value #SUMMARY_CHARS} characters of the text, cut at a word. */
	private String summary(CatalogueDocument doc) {
		String description = doc.metadata().description();
		if (description != null && !description.isBlank()) {
			return description.strip();
		}
		String text = catalogue.text(doc.id()).orElse(null);
		if (text == null || text.isBlank()) {
			return null;
		}
		String flat = text.replaceAll("\\s+", " ").strip();
		if (flat.length() <= SUMMARY_CHARS) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', SUMMARY_CHARS);
		return flat.substring(0, cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS) + " …";
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href, String lang)
			throws XMLStreamException {
		xml.writeEmptyElement(ATOM_NS, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
		if (lang != null) {
			xml.writeAttribute("hreflang", lang);
		}
	}

	private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(ATOM_NS, name);
		xml.writeCharacters(clean(value));
		xml.writeEndElement();
	}

	private static String clean(String value) {
		StringBuilder out = new StringBuilder(value.length());
		value.codePoints().forEach(cp -> {
			if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
					|| cp >= 0x10000) {
				out.appendCodePoint(cp);
			}
		});
		return out.toString();
	}

	private static String date(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
