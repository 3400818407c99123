package org.mosty.indexer.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.intake.DocumentRegistration;
import org.mosty.solr.SolrProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample library shipped with Mosty (written for the project, in Polish, Ukrainian and
 * English): registered on the first start of the embedded default so a new user has something
 * to search. {@code --mosty.samples=false} turns it off.
 */
@Component
public class SampleLibrary {

	private static final Logger log = LoggerFactory.getLogger(SampleLibrary.class);

	static final String FOLDER = "samples/";

	private final DocumentRegistration registration;

	private final Catalogue catalogue;

	private final JsonMapper json;

	private final SampleProperties settings;

	private final SolrProperties solr;

	public SampleLibrary(DocumentRegistration registration, Catalogue catalogue, JsonMapper json,
			SampleProperties settings, SolrProperties solr) {
		this.registration = registration;
		this.catalogue = catalogue;
		this.json = json;
		this.settings = settings;
		this.solr = solr;
	}

	/** One line of {@code samples/manifest.json}. */
	public record Entry(String file, String title, String type, List<String> topics, String organization, Integer year,
			String region, String audience, AccessLevel access, String language, List<String> authors,
			String description) {

		public DocumentMetadata metadata() {
			return new DocumentMetadata(title, type, access, topics, organization, year, region,
					audience == null ? List.of() : List.of(audience), authors, description, language);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadOnFirstStart() {
		if (settings.samples() && solr.mode() == SolrProperties.Mode.EMBEDDED && catalogue.count(null) == 0) {
			int count = register();
			log.info("Sample library: {} documents registered; they are being indexed now", count);
		}
	}

	/** The manifest of the sample library. */
	public List<Entry> entries() {
		try (InputStream in = new ClassPathResource(FOLDER + "manifest.json").getInputStream()) {
			return json.readValue(in, new TypeReference<List<Entry>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Registers every sample as a PENDING document and returns how many. */
	public int register() {
		List<Entry> entries = entries();
		for (Entry entry : entries) {
			try (InputStream in = new ClassPathResource(FOLDER + entry.file()).getInputStream()) {
				registration.register(in, entry.file(), entry.metadata());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Sample " + entry.file() + " is missing", ex);
			}
		}
		return entries.size();
	}
}
