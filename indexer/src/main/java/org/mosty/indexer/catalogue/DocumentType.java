package org.mosty.indexer.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The controlled list of publication types; {@link #id()} is what the index and the API use. */
public enum DocumentType {
	REPORT, GUIDELINE, GOOD_PRACTICE, ARTICLE, POLICY_BRIEF, LEGAL_ANALYSIS, TRAINING_MATERIAL, LEAFLET,
	NEWSLETTER, PRESENTATION, OTHER;

	/** The stable identifier, for example {@code good-practice}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<DocumentType> fromId(String id) {
		return Arrays.stream(values()).filter(type -> type.id().equals(id)).findFirst();
	}

	/** Every id, comma-separated, for messages. */
	public static String ids() {
		return Arrays.stream(values()).map(DocumentType::id).collect(Collectors.joining(", "));
	}
}
