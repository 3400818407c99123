package org.mosty.indexer.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.github.f4b6a3.ulid.UlidCreator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.detect.DefaultDetector;
import org.mosty.indexer.audit.AuditLog;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.catalogue.DocumentType;
import org.mosty.indexer.organizations.Organizations;
import org.mosty.indexer.ingest.IngestLauncher;
import org.mosty.indexer.storage.FileStore;
import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;
import org.mosty.solr.TopicVocabulary;
import org.springframework.stereotype.Service;

/**
 * Takes a new publication into the library: validates its metadata, stores the bytes, records a
 * PENDING catalogue row and asks for an ingest run. Every way in (API, UI, samples, import) uses
 * this.
 */
@Service
public class DocumentRegistration {

	private final Validator validator;

	private final TopicVocabulary topics;

	private final FileStore files;

	private final Catalogue catalogue;

	private final IngestLauncher ingest;

	// magic bytes and container contents first; the name only refines a generic answer (text/plain → Markdown)
	private final Detector detector = new DefaultDetector();

	private final AuditLog audit;

	public DocumentRegistration(TopicVocabulary topics, FileStore files, Catalogue catalogue, IngestLauncher ingest,
			AuditLog audit) {
		// problems are reported in English whatever the request's locale: they go to API clients and logs
		this.validator = Validation.byProvider(HibernateValidator.class)
			.configure()
			.defaultLocale(Locale.ENGLISH)
			.locales(Locale.ENGLISH)
			.buildValidatorFactory()
			.getValidator();
		this.topics = topics;
		this.files = files;
		this.catalogue = catalogue;
		this.ingest = ingest;
		this.audit = audit;
	}

	private Organizations organizations;

	/** The organisation authority list learns every publisher a document names (issue 5). */
	@org.springframework.beans.factory.annotation.Autowired(required = false)
	void setOrganizations(Organizations organizations) {
		this.organizations = organizations;
	}

	/**
	 * A registered document: its id and status; {@code duplicate} when the same bytes were already
	 * in the library and that document is answered instead.
	 */
	public record Registered(String id, DocumentStatus status, boolean duplicate) {

		public Registered(String id, DocumentStatus status) {
			this(id, status, false);
		}
	}

	/**
	 * Registers a file: the same bytes already in the library answer with the existing document,
	 * a type not in {@link AcceptedTypes} (decided from the bytes) is refused.
	 * @throws InvalidMetadataException when the metadata is not acceptable (nothing is stored)
	 * @throws RejectedFileException when the file is empty or of a type Mosty does not read
	 */
	public Registered register(InputStream content, String originalFileName, DocumentMetadata metadata) {
		return register(content, originalFileName, metadata, null);
	}

	/**
	 * The same, on behalf of a person or a process: a new document is recorded in the audit log as
	 * an "upload" by {@code actor} (the sample library registers with none and is not recorded).
	 */
	public Registered register(InputStream content, String originalFileName, DocumentMetadata metadata, String actor) {
		validate(metadata);
		String fileName = SafeFileName.of(originalFileName);
		Registered registered = store(content, fileName, metadata);
		if (actor != null && !registered.duplicate()) {
			audit.record(actor, "upload", registered.id(), fileName);
		}
		return registered;
	}

	private Registered store(InputStream content, String fileName, DocumentMetadata metadata) {
		try (FileStore.Staged staged = files.stage(content)) {
			if (staged.size() == 0) {
				throw emptyFile();
			}
			synchronized (this) { // one JVM: the same bytes arriving twice at once still make one document
				var existing = catalogue.findBySha256(staged.sha256());
				if (existing.isPresent()) {
					return new Registered(existing.get().id(), existing.get().status(), true);
				}
				String type = acceptedType(staged, fileName);
				FileStore.StoredFile stored = staged.commit();
				String id = UlidCreator.getMonotonicUlid().toString();
				catalogue.insertPending(id, fileName, stored.size(), stored.sha256(), type, metadata);
				if (organizations != null) {
					organizations.learn(metadata.organization());
				}
				ingest.requestRun();
				return new Registered(id, DocumentStatus.PENDING, false);
			}
		}
	}

	/**
	 * The media type of staged bytes, decided from the content (the name only refines a generic
	 * answer), for a new document or a new version of one.
	 * @throws RejectedFileException when the file is empty or of a type Mosty does not read
	 */
	public String acceptedType(FileStore.Staged staged, String fileName) {
		if (staged.size() == 0) {
			throw emptyFile();
		}
		String type = detectType(staged.path(), fileName);
		if (!AcceptedTypes.accepts(type)) {
			throw new RejectedFileException(RejectedFileException.Reason.UNSUPPORTED_TYPE, type,
					"unsupported type: the content is " + type + " (decided from the bytes, not the name); "
							+ "Mosty accepts " + AcceptedTypes.describe());
		}
		return type;
	}

	private static RejectedFileException emptyFile() {
		return new RejectedFileException(RejectedFileException.Reason.EMPTY, null, "the file is empty (0 bytes)");
	}

	/** Checks metadata without storing anything. */
	public void validate(DocumentMetadata metadata) {
		if (metadata == null) {
			throw new InvalidMetadataException(List.of(FieldProblem.required("metadata")));
		}
		List<FieldProblem> problems = new ArrayList<>();
		validator.validate(metadata)
			.stream()
			.sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
			.map(ConstraintProblems::of)
			.forEach(problems::add);
		if (metadata.type() != null && !metadata.type().isBlank() && DocumentType.fromId(metadata.type()).isEmpty()) {
			problems.add(FieldProblem.of("type", ProblemCode.CHOICE, "must be one of " + DocumentType.ids(), DocumentType.ids()));
		}
		problems.addAll(MetadataRules.problems(metadata));
		for (String topic : metadata.topics()) {
			if (topic != null && !topic.isBlank() && !topics.contains(topic)) {
				problems.add(FieldProblem.of("topics", ProblemCode.TOPIC, "unknown topic '" + topic + "'", topic));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidMetadataException(problems);
		}
	}

	private String detectType(Path file, String fileName) {
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		try (InputStream in = TikaInputStream.get(file, metadata)) {
			return detector.detect(in, metadata).getBaseType().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
