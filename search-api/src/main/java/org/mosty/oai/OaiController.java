package org.mosty.oai;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;

import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentType;
import org.mosty.interop.InteropProperties;
import org.mosty.interop.Permalinks;
import org.mosty.indexer.catalogue.PublicRecords;
import org.mosty.search.Facet;
import org.mosty.search.FacetLabels;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAI-PMH 2.0 ({@code GET} and {@code POST application/x-www-form-urlencoded}). Every error is an
 * OAI {@code <error>} with HTTP 200, as the protocol wants. Only PUBLIC documents, whoever asks;
 * withdrawn ones are deleted records ({@code deletedRecord} is {@code transient}: a document an
 * editor moves from PUBLIC to MEMBERS disappears without a tombstone).
 */
@RestController
class OaiController {

	static final String PREFIX = "oai_dc";

	private static final MediaType XML = new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8);

	private static final Map<String, Set<String>> ARGUMENTS = Map.of("Identify", Set.of(), "ListMetadataFormats",
			Set.of("identifier"), "ListSets", Set.of("resumptionToken"), "GetRecord",
			Set.of("identifier", "metadataPrefix"), "ListIdentifiers",
			Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"), "ListRecords",
			Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"));

	private static final Pattern SET_SPEC = Pattern.compile("[A-Za-z0-9\\-_.!~*'()]+(:[A-Za-z0-9\\-_.!~*'()]+)*");

	private static final Pattern ULID = Pattern.compile("[0-9A-HJKMNP-TV-Z]{26}");

	private final PublicRecords records;

	private final Catalogue catalogue;

	private final Permalinks permalinks;

	private final InteropProperties properties;

	private final FacetLabels labels;

	private final JsonMapper json;

	public OaiController(PublicRecords records, Catalogue catalogue, Permalinks permalinks,
			InteropProperties properties, FacetLabels labels, JsonMapper json) {
		this.records = records;
		this.catalogue = catalogue;
		this.permalinks = permalinks;
		this.properties = properties;
		this.labels = labels;
		this.json = json;
	}

	// no "produces": a harvester's Accept header never turns an OAI answer into a 406
	@RequestMapping(path = "/oai", method = { RequestMethod.GET, RequestMethod.POST })
	public ResponseEntity<byte[]> oai(HttpServletRequest request) {
		Map<String, String> arguments = new TreeMap<>();
		String baseUrl = permalinks.base() + "/oai";
		byte[] body;
		try {
			String verb = validate(request.getParameterMap(), arguments);
			body = switch (verb) {
				case "Identify" -> OaiXml.response(baseUrl, arguments, verb, this::identify);
				case "ListMetadataFormats" -> listMetadataFormats(baseUrl, arguments);
				case "ListSets" -> {
					if (arguments.containsKey("resumptionToken")) {
						// every set fits in one answer: no ListSets token is ever issued
						throw new OaiException("badResumptionToken", "The resumption token is invalid or expired");
					}
					yield OaiXml.response(baseUrl, arguments, verb, this::listSets);
				}
				case "GetRecord" -> getRecord(baseUrl, arguments);
				default -> list(baseUrl, arguments, verb.equals("ListRecords"));
			};
		}
		catch (OaiException ex) {
			body = OaiXml.response(baseUrl, ex.echoArguments() ? arguments : Map.of(), null, xml -> {
				xml.writeStartElement(OaiXml.OAI, "error");
				xml.writeAttribute("code", ex.code());
				xml.writeCharacters(ex.getMessage());
				xml.writeEndElement();
			});
		}
		return ResponseEntity.ok().contentType(XML).body(body);
	}

	/** Checks verb and arguments (none missing, none unknown, none repeated); returns the verb. */
	private static String validate(Map<String, String[]> parameters, Map<String, String> arguments) {
		String[] verbs = parameters.get("verb");
		if (verbs == null || verbs.length == 0) {
			throw new OaiException("badVerb", "The verb argument is missing");
		}
		if (verbs.length > 1) {
			throw new OaiException("badVerb", "The verb argument is repeated");
		}
		String verb = verbs[0];
		Set<String> allowed = ARGUMENTS.get(verb);
		if (allowed == null) {
			throw new OaiException("badVerb", "Not an OAI-PMH verb: " + OaiDates.shorten(verb));
		}
		arguments.put("verb", verb);
		for (var parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			if (name.equals("verb")) {
				continue;
			}
			if (!allowed.contains(name)) {
				throw new OaiException("badArgument", verb + " does not take the argument " + OaiDates.shorten(name));
			}
			if (parameter.getValue().length != 1) {
				throw new OaiException("badArgument", "The argument " + name + " is repeated");
			}
			arguments.put(name, parameter.getValue()[0]);
		}
		if (arguments.containsKey("resumptionToken") && arguments.size() > 2) {
			throw new OaiException("badArgument", "resumptionToken is an exclusive argument");
		}
		boolean listing = verb.equals("ListIdentifiers") || verb.equals("ListRecords");
		if ((verb.equals("GetRecord") || listing && !arguments.containsKey("resumptionToken"))
				&& !arguments.containsKey("metadataPrefix")) {
			throw new OaiException("badArgument", verb + " needs the argument metadataPrefix");
		}
		if (verb.equals("GetRecord") && !arguments.containsKey("identifier")) {
			throw new OaiException("badArgument", "GetRecord needs the argument identifier");
		}
		// checked here so that no later error echoes an argument the schema would refuse
		String prefix = arguments.get("metadataPrefix");
		if (prefix != null && !SET_SPEC.matcher(prefix).matches() || prefix != null && prefix.contains(":")) {
			throw new OaiException("badArgument", "metadataPrefix is not a valid prefix: " + OaiDates.shorten(prefix));
		}
		for (String date : List.of("from", "until")) {
			if (arguments.containsKey(date)) {
				OaiDates.parse(date, arguments.get(date));
			}
		}
		String set = arguments.get("set");
		if (set != null && !SET_SPEC.matcher(set).matches()) {
			throw new OaiException("badArgument", "set is not a valid setSpec: " + OaiDates.shorten(set));
		}
		return verb;
	}

	private void identify(XMLStreamWriter xml) throws XMLStreamException {
		OaiXml.text(xml, "repositoryName", properties.repositoryName());
		OaiXml.text(xml, "baseURL", permalinks.base() + "/oai");
		OaiXml.text(xml, "protocolVersion", "2.0");
		OaiXml.text(xml, "adminEmail", properties.adminEmail());
		OaiXml.text(xml, "earliestDatestamp",
				OaiDates.format(records.earliest().orElse(Instant.parse("2025-01-01T00:00:00Z"))));
		OaiXml.text(xml, "deletedRecord", "transient");
		OaiXml.text(xml, "granularity", "YYYY-MM-DDThh:mm:ssZ");
	}

	private byte[] listMetadataFormats(String baseUrl, Map<String, String> arguments) {
		String identifier = arguments.get("identifier");
		if (identifier != null) {
			header(identifier);
		}
		return OaiXml.response(baseUrl, arguments, "ListMetadataFormats", xml -> {
			xml.writeStartElement(OaiXml.OAI, "metadataFormat");
			OaiXml.text(xml, "metadataPrefix", PREFIX);
			OaiXml.text(xml, "schema", DublinCore.OAI_DC_SCHEMA);
			OaiXml.text(xml, "metadataNamespace", DublinCore.OAI_DC);
			xml.writeEndElement();
		});
	}

	/** Sets: {@code type}, {@code type:<type id>} for every type, {@code topic}, {@code topic:<concept id>} for every topic in use. */
	private void listSets(XMLStreamWriter xml) throws XMLStreamException {
		set(xml, "type", "Document types");
		for (DocumentType type : DocumentType.values()) {
			set(xml, "type:" + type.id(), labels.label(Facet.TYPE, type.id(), "en"));
		}
		Set<String> topics = new TreeSet<>();
		for (String metadata : records.metadataOfVisible()) {
			for (JsonNode topic : json.readTree(metadata).path("topics")) {
				topics.add(topic.asString());
			}
		}
		set(xml, "topic", "Topics");
		for (String topic : topics) {
			set(xml, "topic:" + topic, labels.label(Facet.TOPIC, topic, "en"));
		}
	}

	private static void set(XMLStreamWriter xml, String spec, String name) throws XMLStreamException {
		xml.writeStartElement(OaiXml.OAI, "set");
		OaiXml.text(xml, "setSpec", spec);
		OaiXml.text(xml, "setName", name == null || name.isBlank() ? spec : name);
		xml.writeEndElement();
	}

	private byte[] getRecord(String baseUrl, Map<String, String> arguments) {
		PublicRecords.Header header = header(arguments.get("identifier"));
		prefix(arguments.get("metadataPrefix"));
		return OaiXml.response(baseUrl, arguments, "GetRecord", xml -> record(xml, header, true));
	}

	private static void prefix(String metadataPrefix) {
		if (!PREFIX.equals(metadataPrefix)) {
			throw new OaiException("cannotDisseminateFormat",
					"Only the metadata format oai_dc is offered, not " + OaiDates.shorten(metadataPrefix));
		}
	}

	/** The header of a public record, or idDoesNotExist (also for documents that are not public). */
	private PublicRecords.Header header(String identifier) {
		String prefix = "oai:" + properties.repositoryIdentifier() + ":";
		if (identifier == null || !identifier.startsWith(prefix)
				|| !ULID.matcher(identifier.substring(prefix.length())).matches()) {
			throw new OaiException("idDoesNotExist", "No record " + OaiDates.shorten(String.valueOf(identifier)));
		}
		return records.header(identifier.substring(prefix.length()))
			.orElseThrow(() -> new OaiException("idDoesNotExist", "No record " + identifier));
	}

	private String identifier(String id) {
		return "oai:" + properties.repositoryIdentifier() + ":" + id;
	}

	private byte[] list(String baseUrl, Map<String, String> arguments, boolean withMetadata) {
		ResumptionToken position;
		String token = arguments.get("resumptionToken");
		if (token != null) {
			position = ResumptionToken.decode(token);
			if (position.set() != null && !SET_SPEC.matcher(position.set()).matches()) {
				throw new OaiException("badResumptionToken", "The resumption token is invalid or expired");
			}
		}
		else {
			prefix(arguments.get("metadataPrefix"));
			position = new ResumptionToken(PREFIX, arguments.get("set"), arguments.get("from"), arguments.get("until"),
					null, null, 0);
		}
		OaiDates.Bound from;
		OaiDates.Bound until;
		try {
			from = position.from() == null ? null : OaiDates.parse("from", position.from());
			until = position.until() == null ? null : OaiDates.parse("until", position.until());
		}
		catch (OaiException ex) {
			if (token != null) {
				throw new OaiException("badResumptionToken", "The resumption token is invalid or expired");
			}
			throw ex;
		}
		if (from != null && until != null) {
			if (from.day() != until.day()) {
				throw new OaiException("badArgument", "from and until must have the same granularity");
			}
			if (from.instant().isAfter(until.instant())) {
				throw new OaiException("badArgument", "from must not be after until");
			}
		}
		Instant fromInstant = from == null ? null : from.instant();
		Instant untilExclusive = until == null ? null : until.untilExclusive();
		int pageSize = properties.oaiPageSize();
		// scan in (datestamp, id) order: count every match, keep this page's
		List<PublicRecords.Header> page = new ArrayList<>();
		long total = 0;
		long before = 0;
		Instant scanDatestamp = null;
		String scanId = null;
		boolean more = true;
		while (more) {
			List<PublicRecords.Header> batch = records.headers(fromInstant, untilExclusive, scanDatestamp, scanId, true,
					500);
			more = batch.size() == 500;
			for (PublicRecords.Header header : batch) {
				scanDatestamp = header.datestamp();
				scanId = header.id();
				if (!inSet(header, position.set())) {
					continue;
				}
				total++;
				if (position.afterDatestamp() != null && !after(header, position)) {
					before++;
				}
				else if (page.size() < pageSize) {
					page.add(header);
				}
			}
		}
		if (page.isEmpty()) {
			if (token != null) {
				// the list ended exactly at the previous page, or the token is from another world
				throw new OaiException("badResumptionToken", "The resumption token is invalid or expired");
			}
			throw new OaiException("noRecordsMatch", "No records match the arguments");
		}
		long cursor = before;
		boolean incomplete = before + page.size() < total;
		PublicRecords.Header last = page.get(page.size() - 1);
		ResumptionToken next = new ResumptionToken(PREFIX, position.set(), position.from(), position.until(),
				last.datestamp(), last.id(), cursor + page.size());
		String verb = withMetadata ? "ListRecords" : "ListIdentifiers";
		long completeListSize = total;
		return OaiXml.response(baseUrl, arguments, verb, xml -> {
			for (PublicRecords.Header header : page) {
				if (withMetadata) {
					record(xml, header, true);
				}
				else {
					header(xml, header);
				}
			}
			if (incomplete || token != null) {
				xml.writeStartElement(OaiXml.OAI, "resumptionToken");
				xml.writeAttribute("completeListSize", Long.toString(completeListSize));
				xml.writeAttribute("cursor", Long.toString(cursor));
				if (incomplete) {
					xml.writeCharacters(next.encode());
				}
				xml.writeEndElement();
			}
		});
	}

	private static boolean after(PublicRecords.Header header, ResumptionToken position) {
		int byDate = header.datestamp().compareTo(position.afterDatestamp());
		return byDate > 0 || byDate == 0 && header.id().compareTo(position.afterId()) > 0;
	}

	private boolean inSet(PublicRecords.Header header, String set) {
		if (set == null) {
			return true;
		}
		for (String spec : setSpecs(header)) {
			if (spec.equals(set) || spec.startsWith(set + ":")) {
				return true;
			}
		}
		return false;
	}

	private List<String> setSpecs(PublicRecords.Header header) {
		JsonNode metadata = json.readTree(header.metadataJson());
		List<String> specs = new ArrayList<>();
		String type = metadata.path("type").asString("");
		if (!type.isBlank() && SET_SPEC.matcher(type).matches()) {
			specs.add("type:" + type);
		}
		for (JsonNode topic : metadata.path("topics")) {
			if (SET_SPEC.matcher(topic.asString("")).matches()) {
				specs.add("topic:" + topic.asString());
			}
		}
		return specs;
	}

	private void header(XMLStreamWriter xml, PublicRecords.Header header) throws XMLStreamException {
		xml.writeStartElement(OaiXml.OAI, "header");
		if (header.deleted()) {
			xml.writeAttribute("status", "deleted");
		}
		OaiXml.text(xml, "identifier", identifier(header.id()));
		OaiXml.text(xml, "datestamp", OaiDates.format(header.datestamp()));
		for (String spec : setSpecs(header)) {
			OaiXml.text(xml, "setSpec", spec);
		}
		xml.writeEndElement();
	}

	private void record(XMLStreamWriter xml, PublicRecords.Header header, boolean withMetadata)
			throws XMLStreamException {
		xml.writeStartElement(OaiXml.OAI, "record");
		header(xml, header);
		CatalogueDocument doc = header.deleted() ? null : catalogue.findById(header.id()).orElse(null);
		if (withMetadata && doc != null) {
			xml.writeStartElement(OaiXml.OAI, "metadata");
			Map<String, String> topicLabels = new LinkedHashMap<>();
			for (String topic : doc.metadata().topics()) {
				topicLabels.put(topic, labels.label(Facet.TOPIC, topic, "en"));
			}
			DublinCore.write(xml, doc, permalinks.document(doc.id()), topicLabels);
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}
}
