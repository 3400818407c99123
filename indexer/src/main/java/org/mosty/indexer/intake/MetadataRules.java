package org.mosty.indexer.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.mosty.indexer.catalogue.DocumentMetadata;

/** Checks of metadata that span fields or controlled lists (the bean constraints cover the rest). */
final class MetadataRules {

	/** The 16 voivodeships (lower-case Polish) and the whole country. */
	static final Set<String> REGIONS = Set.of("dolnośląskie", "kujawsko-pomorskie", "lubelskie", "lubuskie", "łódzkie",
			"małopolskie", "mazowieckie", "opolskie", "podkarpackie", "podlaskie", "pomorskie", "śląskie",
			"świętokrzyskie", "warmińsko-mazurskie", "wielkopolskie", "zachodniopomorskie", "cała-polska");

	private MetadataRules() {
	}

	static List<String> problems(DocumentMetadata metadata) {
		List<String> problems = new ArrayList<>();
		if (metadata.region() != null && !metadata.region().isBlank() && !REGIONS.contains(metadata.region().strip())) {
			problems.add("region: must be a voivodeship in lower-case Polish (for example mazowieckie) or cała-polska");
		}
		if (metadata.published() != null && metadata.year() != null
				&& metadata.published().getYear() != metadata.year()) {
			problems.add("year: must be the year of published (" + metadata.published().getYear() + ")");
		}
		if (metadata.published() != null && (metadata.published().getYear() < 1900
				|| metadata.published().getYear() > 2100)) {
			problems.add("published: must be between 1900 and 2100");
		}
		if (metadata.validAsOf() != null && (metadata.validAsOf().getYear() < 1900
				|| metadata.validAsOf().getYear() > 2100)) {
			problems.add("validAsOf: must be between 1900 and 2100");
		}
		return problems;
	}
}
