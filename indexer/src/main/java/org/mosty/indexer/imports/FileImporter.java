package org.mosty.indexer.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.intake.DocumentRegistration;
import org.mosty.indexer.intake.InvalidMetadataException;
import org.mosty.indexer.intake.RejectedFileException;
import org.springframework.stereotype.Service;

/** Registers files from disk the way an upload does, and says what became of each. */
@Service
public class FileImporter {

	private final DocumentRegistration registration;

	public FileImporter(DocumentRegistration registration) {
		this.registration = registration;
	}

	/** What became of one file. */
	public enum Outcome {
		/** A new PENDING document. */
		REGISTERED,
		/** The same bytes were already in the library; {@code id} is that document. */
		DUPLICATE,
		/** Not taken in (unsupported type, empty, invalid metadata, unreadable); see {@code detail}. */
		REJECTED
	}

	/** The result for one file. */
	public record Result(Path file, Outcome outcome, String id, String detail) {
	}

	/** Defaults for files without their own metadata. */
	public record Defaults(String type, AccessLevel access, String organization, Integer year, String language) {
	}

	/** Who the audit log names for imported documents. */
	static final String ACTOR = "import";

	public Result register(Path file, DocumentMetadata metadata) {
		try (InputStream in = Files.newInputStream(file)) {
			DocumentRegistration.Registered registered = registration.register(in, file.getFileName().toString(),
					metadata, ACTOR);
			return new Result(file, registered.duplicate() ? Outcome.DUPLICATE : Outcome.REGISTERED, registered.id(),
					registered.duplicate() ? "already in the library as " + registered.id() : null);
		}
		catch (RejectedFileException ex) {
			return new Result(file, Outcome.REJECTED, null, ex.getMessage());
		}
		catch (InvalidMetadataException ex) {
			return new Result(file, Outcome.REJECTED, null, "invalid metadata: " + String.join("; ", ex.lines()));
		}
		catch (IOException ex) {
			return new Result(file, Outcome.REJECTED, null, "could not read the file: " + ex.getMessage());
		}
	}

	/** Metadata from a file name: the title is the name without extension, separators as spaces. */
	public static DocumentMetadata defaultMetadata(Path file, Defaults defaults) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String title = (dot > 0 ? name.substring(0, dot) : name).replace('_', ' ').replace('-', ' ').strip();
		if (title.isEmpty()) {
			title = name;
		}
		if (title.length() > 500) {
			title = title.substring(0, 500);
		}
		return new DocumentMetadata(title, defaults.type().toLowerCase(Locale.ROOT), defaults.access(), List.of(),
				defaults.organization(), defaults.year(), null, List.of(), List.of(), null, defaults.language());
	}
}
