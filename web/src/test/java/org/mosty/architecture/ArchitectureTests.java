package org.mosty.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

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

	/** Controller classes (not the annotations themselves: @RestController is annotated with @Controller). */
	private static final DescribedPredicate<JavaClass> CONTROLLERS = DescribedPredicate.describe("are controllers",
			type -> !type.isAnnotation() && (type.isAnnotatedWith(Controller.class) || type.isAnnotatedWith(RestController.class)));

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

	/**
	 * Controllers are adapters: what one does for HTTP, another reaches through a service
	 * (document files, thumbnails, the job dashboard), never by calling the other controller.
	 */
	@Test
	void controllersDoNotDependOnControllers() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.dependOnClassesThat(CONTROLLERS)
			.check(MOSTY);
	}
}
