package org.mosty.indexer.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.problem.FieldProblem;
import org.mosty.problem.ProblemCode;

/** Checks of metadata that span fields or controlled lists (the bean constraints cover the rest). */
final class MetadataRules {

	/** The 16 voivodeships (lower-case Polish) and the whole country. */
	static final Set<String> REGIONS = Set.of("dolnośląskie", "kujawsko-pomorskie", "lubelskie", "lubuskie", "łódzkie",
			"małopolskie", "mazowieckie", "opolskie", "podkarpackie", "podlaskie", "pomorskie", "śląskie",
			"świętokrzyskie", "warmińsko-mazurskie", "wielkopolskie", "zachodniopomorskie", "cała-polska");

	private MetadataRules() {
	}

	static List<FieldProblem> problems(DocumentMetadata metadata) {
		List<FieldProblem> problems = new ArrayList<>();
		if (metadata.region() != null && !metadata.region().isBlank() && !REGIONS.contains(metadata.region().strip())) {
			problems.add(FieldProblem.of("region", ProblemCode.REGION,
					"must be a voivodeship in lower-case Polish (for example mazowieckie) or cała-polska"));
		}
		if (metadata.published() != null && metadata.year() != null
				&& metadata.published().getYear() != metadata.year()) {
			int year = metadata.published().getYear();
			problems.add(FieldProblem.of("year", ProblemCode.YEAR_PUBLISHED, "must be the year of published (" + year + ")", year));
		}
		if (metadata.published() != null && (metadata.published().getYear() < 1900
				|| metadata.published().getYear() > 2100)) {
			problems.add(FieldProblem.between("published", 1900, 2100));
		}
		if (metadata.validAsOf() != null && (metadata.validAsOf().getYear() < 1900
				|| metadata.validAsOf().getYear() > 2100)) {
			problems.add(FieldProblem.between("validAsOf", 1900, 2100));
		}
		return problems;
	}
}
