package org.mosty.indexer.catalogue;

import java.time.Instant;

/**
 * The editorial side of a catalogue row: which file version is current and whether the document
 * is withdrawn.
 */
public record EditorialState(int version, Instant withdrawnAt, String withdrawnBy) {

	public boolean withdrawn() {
		return withdrawnAt != null;
	}
}
