package org.mosty.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The structure of the whole reactor, pinned (issue 20). This module's test class path holds the
 * main classes of every module (solr-config, indexer, search-api, web), so the rules see them all.
 * More rules join as the structure is consolidated; each holds on main when it is added.
 */
class ArchitectureTests {

	/** Main classes only: not this module's tests, nor the test jars of the others (indexer's is here). */
	private static final JavaClasses MOSTY = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
		.importPackages("org.mosty");

	/** The rules see every module's main classes, not a part of them, and no test class. */
	@Test
	void theRulesSeeEveryModule() {
		assertThat(MOSTY.contain("org.mosty.solr.SolrFields")).isTrue();
		assertThat(MOSTY.contain("org.mosty.indexer.catalogue.Catalogue")).isTrue();
		assertThat(MOSTY.contain("org.mosty.search.SearchService")).isTrue();
		assertThat(MOSTY.contain("org.mosty.web.MostyApplication")).isTrue();
		assertThat(MOSTY.contain("org.mosty.indexer.corpus.IndexedLibrary")).as("a test class of indexer's test jar").isFalse();
		assertThat(MOSTY.contain(ArchitectureTests.class)).isFalse();
	}

	/**
	 * No two packages depend on each other, directly or through others: a package can be read, and
	 * changed, with only what it builds on in mind. Each package is one slice.
	 */
	@Test
	void packagesAreFreeOfCycles() {
		slices().matching("org.mosty.(**)").should().beFreeOfCycles().check(MOSTY);
	}
}
