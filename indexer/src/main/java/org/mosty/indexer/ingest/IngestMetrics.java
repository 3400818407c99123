package org.mosty.indexer.ingest;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.mosty.indexer.catalogue.FailureCategory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Ingest meters (issue 7), exported at {@code /actuator/prometheus}:
 * <ul>
 * <li>{@code mosty.ingest.documents} (timer): one per document that ended INDEXED or FAILED, tagged
 * {@code outcome} and {@code category} (the failure category, {@code none} when indexed); the
 * duration is the document's processing time (extraction, language detection, Solr document);
 * <li>{@code mosty.extraction} (timer): each text extraction (Tika in a child JVM, OCR included),
 * tagged {@code outcome} ({@code ok} or {@code failed}) and {@code category}.
 * </ul>
 * Without a registry in the application (the indexer's own tests) the meters go to a private one.
 */
@Component
class IngestMetrics {

	static final String DOCUMENTS = "mosty.ingest.documents";

	static final String EXTRACTION = "mosty.extraction";

	private final MeterRegistry registry;

	/** Processing time of documents extracted and waiting for their chunk to be written. */
	private final Map<String, Long> processed = new ConcurrentHashMap<>();

	public IngestMetrics(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
	}

	void extracted(Duration took) {
		timer(EXTRACTION, "ok", "none").record(took);
	}

	void extractionFailed(FailureCategory category, Duration took) {
		timer(EXTRACTION, "failed", tag(category)).record(took);
	}

	/** A document is ready to be written; its time counts once the write succeeded. */
	void processed(String id, Duration took) {
		processed.put(id, took.toNanos());
	}

	void indexed(String id) {
		Long nanos = processed.remove(id);
		timer(DOCUMENTS, "INDEXED", "none").record(nanos == null ? 0 : nanos, TimeUnit.NANOSECONDS);
	}

	void failed(String id, FailureCategory category, Duration took) {
		processed.remove(id);
		timer(DOCUMENTS, "FAILED", tag(category)).record(took);
	}

	private Timer timer(String name, String outcome, String category) {
		return Timer.builder(name).tag("outcome", outcome).tag("category", category).register(registry);
	}

	private static String tag(FailureCategory category) {
		return category == null ? "none" : category.name().toLowerCase(Locale.ROOT);
	}
}
