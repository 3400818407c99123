package org.mosty.indexer.editorial;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.mosty.indexer.catalogue.EditorialRecords;
import org.mosty.indexer.catalogue.EditorialState;
import org.mosty.indexer.audit.AuditLog;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.intake.DocumentRegistration;
import org.mosty.indexer.intake.SafeFileName;
import org.mosty.indexer.ingest.IngestLauncher;
import org.mosty.indexer.organizations.Organizations;
import org.mosty.indexer.storage.FileStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What editors do to a document after upload. Every action is recorded in the {@link AuditLog}
 * with the acting user. The caller has already checked the user's role. A metadata change, a
 * withdrawal or a restore is written to the index in the transaction that changes the catalogue,
 * under the document's row lock: an ingest run that read the document before the change writes its
 * result only after checking its claim under the same lock ({@code SolrCatalogueWriter}), so it
 * cannot put back what the change removed, on this worker or another.
 */
@Service
public class DocumentEditing {

	private final Catalogue catalogue;

	private final EditorialRecords records;

	private final DocumentRegistration registration;

	private final StoredTextIndexer indexer;

	private final FileStore files;

	private final IngestLauncher ingest;

	private final AuditLog audit;

	private final Organizations organizations;

	public DocumentEditing(Catalogue catalogue, EditorialRecords records, DocumentRegistration registration,
			StoredTextIndexer indexer, FileStore files, IngestLauncher ingest, AuditLog audit,
			Organizations organizations) {
		this.catalogue = catalogue;
		this.records = records;
		this.registration = registration;
		this.indexer = indexer;
		this.files = files;
		this.ingest = ingest;
		this.audit = audit;
		this.organizations = organizations;
	}

	/**
	 * Replaces the metadata; an INDEXED document is written to the index again at once from the
	 * kept text (no extraction), so the change is searchable within the commit interval.
	 * @throws org.mosty.indexer.intake.InvalidMetadataException when the metadata is not
	 *     acceptable (nothing changes)
	 */
	@Transactional
	public CatalogueDocument updateMetadata(String id, DocumentMetadata metadata, String actor) {
		CatalogueDocument before = requireLocked(id);
		registration.validate(metadata);
		records.updateMetadata(id, metadata);
		organizations.learn(metadata.organization());
		audit.record(actor, "edit-metadata", id, changes(before.metadata(), metadata));
		indexer.reindex(id);
		return require(id);
	}

	/** Stores a new file as the current version; the previous one stays downloadable. */
	@Transactional
	public int newVersion(String id, InputStream content, String originalFileName, String actor) {
		require(id);
		String fileName = SafeFileName.of(originalFileName);
		FileStore.StoredFile stored;
		String type;
		CatalogueDocument current;
		EditorialState state;
		try (FileStore.Staged staged = files.stage(content)) {
			// the same checks as an upload: content sniffed against the accepted types, no empty file
			type = registration.acceptedType(staged, fileName);
			// the file is staged; from here the row is locked, so two versions posted at once get two numbers
			current = requireLocked(id);
			state = records.state(id).orElseThrow();
			if (staged.sha256().equals(current.sha256())) {
				throw new EditorialException("The new version has exactly the bytes of the current one (sha256 "
						+ staged.sha256() + ")");
			}
			stored = staged.commit();
		}
		int version = records.replaceFile(current, state.version(), fileName, stored.size(), stored.sha256(), type,
				actor);
		audit.record(actor, "new-version", id, "version " + version + ": " + fileName + " (" + stored.size()
				+ " bytes, sha256 " + stored.sha256() + ")");
		afterCommit(ingest::requestRun);
		return version;
	}

	/** Removes the document from the index and hides it from readers; the catalogue keeps it. */
	@Transactional
	public void withdraw(String id, String actor) {
		catalogue.lock(id);
		EditorialState state = records.state(id).orElseThrow(() -> new EditorialException("No document " + id));
		if (state.withdrawn()) {
			throw new EditorialException("Document " + id + " is already withdrawn");
		}
		records.withdraw(id, actor);
		audit.record(actor, "withdraw", id, null);
		indexer.remove(id);
	}

	/** Makes a withdrawn document visible and searchable again. */
	@Transactional
	public void restore(String id, String actor) {
		catalogue.lock(id);
		EditorialState state = records.state(id).orElseThrow(() -> new EditorialException("No document " + id));
		if (!state.withdrawn()) {
			throw new EditorialException("Document " + id + " is not withdrawn");
		}
		records.restore(id);
		audit.record(actor, "restore", id, null);
		indexer.reindex(id);
		afterCommit(ingest::requestRun);
	}

	/** Sends a FAILED document back to the ingest job. */
	@Transactional
	public void retry(String id, String actor) {
		require(id);
		if (!records.retry(id)) {
			throw new EditorialException("Only a FAILED document can be retried");
		}
		audit.record(actor, "retry", id, null);
		afterCommit(ingest::requestRun);
	}

	/** The document, its row locked until the edit's transaction ends: edits of one document take turns. */
	private CatalogueDocument requireLocked(String id) {
		catalogue.lock(id);
		return require(id);
	}

	private CatalogueDocument require(String id) {
		return catalogue.findById(id).orElseThrow(() -> new EditorialException("No document " + id));
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	/** Which fields changed, for the audit log (values of short fields only). */
	static String changes(DocumentMetadata before, DocumentMetadata after) {
		List<String> changed = new ArrayList<>();
		compare(changed, "title", before.title(), after.title());
		compare(changed, "titles", before.titles(), after.titles());
		compare(changed, "type", before.type(), after.type());
		compare(changed, "access", before.access(), after.access());
		compare(changed, "topics", before.topics(), after.topics());
		compare(changed, "organization", before.organization(), after.organization());
		compare(changed, "year", before.year(), after.year());
		compare(changed, "published", before.published(), after.published());
		compare(changed, "region", before.region(), after.region());
		compare(changed, "city", before.city(), after.city());
		compare(changed, "audience", before.audience(), after.audience());
		compare(changed, "targetGroups", before.targetGroups(), after.targetGroups());
		compare(changed, "authors", before.authors(), after.authors());
		compare(changed, "language", before.language(), after.language());
		compare(changed, "license", before.license(), after.license());
		compare(changed, "sourceUrl", before.sourceUrl(), after.sourceUrl());
		compare(changed, "validAsOf", before.validAsOf(), after.validAsOf());
		if (!Objects.equals(before.description(), after.description())) {
			changed.add("description");
		}
		return changed.isEmpty() ? "no change" : String.join("; ", changed);
	}

	private static void compare(List<String> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field + ": " + before + " → " + after);
		}
	}
}
