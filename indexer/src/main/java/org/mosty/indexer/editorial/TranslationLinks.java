package org.mosty.indexer.editorial;

import java.util.List;

import org.mosty.indexer.audit.AuditLog;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.LanguageVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors link documents that are translations of each other (issue 19): one group of language
 * versions, shown to readers as "also in". The documents' rows are locked first (in id order),
 * then every member of their groups: a group changes only under the locks of all its members, so
 * two links made at once take turns and neither loses the other's. Each change is audited.
 */
@Service
public class TranslationLinks {

	private final Catalogue catalogue;

	private final LanguageVersions versions;

	private final AuditLog audit;

	public TranslationLinks(Catalogue catalogue, LanguageVersions versions, AuditLog audit) {
		this.catalogue = catalogue;
		this.versions = versions;
		this.audit = audit;
	}

	/**
	 * Makes {@code id} and {@code other} (and the versions either already had) one group.
	 * @throws IllegalArgumentException when both are the same document
	 * @throws EditorialException when either does not exist
	 */
	@Transactional
	public void link(String id, String other, String actor) {
		if (id.equals(other)) {
			throw new IllegalArgumentException("A document is not a language version of itself");
		}
		for (String locked : id.compareTo(other) < 0 ? List.of(id, other) : List.of(other, id)) {
			catalogue.lock(locked);
			if (catalogue.findById(locked).isEmpty()) {
				throw new EditorialException("No document " + locked);
			}
		}
		versions.join(id, other);
		audit.record(actor, "link-translation", id, "language version of " + other);
	}

	/**
	 * Takes {@code id} out of its group of language versions.
	 * @return false when it was in none (nothing changed)
	 */
	@Transactional
	public boolean unlink(String id, String actor) {
		catalogue.lock(id);
		if (catalogue.findById(id).isEmpty()) {
			throw new EditorialException("No document " + id);
		}
		boolean left = versions.leave(id);
		if (left) {
			audit.record(actor, "unlink-translation", id, null);
		}
		return left;
	}

	/** An editor dismisses {@code other} as a suggested language version of {@code id}; audited. */
	@Transactional
	public void dismiss(String id, String other, String actor) {
		if (id.equals(other)) {
			throw new IllegalArgumentException("A document is not a language version of itself");
		}
		for (String one : List.of(id, other)) {
			if (catalogue.findById(one).isEmpty()) {
				throw new EditorialException("No document " + one);
			}
		}
		versions.dismiss(id, other, actor);
		audit.record(actor, "dismiss-translation", id, "not a language version: " + other);
	}
}
