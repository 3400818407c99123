package org.mosty.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.junit.jupiter.api.Test;
import org.mosty.indexer.audit.AuditLog;
import org.mosty.indexer.index.SolrIndex;
import org.mosty.saved.SavedSearches;
import org.mosty.security.UserAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
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
		assertThat(MOSTY.contain("org.mosty.testing.IndexedLibrary")).as("a test class of indexer's test jar").isFalse();
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

	/**
	 * One owner for each table: SQL is written by the catalogue ({@code document}, {@code document_text},
	 * {@code document_version}: the catalogue, editorial records, ingest claims, kept language calls,
	 * the harvesters' public records), the audit log ({@code audit_log}), the organisation list
	 * ({@code organization}), the user accounts ({@code app_user}), the saved searches
	 * ({@code saved_search}), the account links ({@code account_token}) and the alert e-mails
	 * ({@code alert_mail}) only; everything else asks them.
	 */
	@Test
	void onlyTheTableOwnersTalkToTheDatabase() {
		noClasses().that()
			.resideOutsideOfPackages("org.mosty.indexer.catalogue", "org.mosty.indexer.audit",
					"org.mosty.indexer.organizations")
			.and()
			.doNotHaveFullyQualifiedName(UserAccounts.class.getName())
			.and()
			.doNotHaveFullyQualifiedName(SavedSearches.class.getName())
			.and()
			.doNotHaveFullyQualifiedName("org.mosty.security.AccountTokens")
			.and()
			.doNotHaveFullyQualifiedName("org.mosty.web.alerts.AlertMails")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.jdbc..")
			.check(MOSTY);
	}

	/** What writes a Solr index through a client: documents added or deleted, commits, rollbacks. */
	private static final Set<String> SOLR_WRITES = Set.of("add", "addBean", "addBeans", "deleteById", "deleteByQuery",
			"commit", "optimize", "rollback");

	/**
	 * One index writer: ingest, edits, reindex (standalone and SolrCloud) and the import command write
	 * Solr through {@link SolrIndex} only; everything else reads.
	 */
	@Test
	void onlyTheIndexWriterWritesSolr() {
		noClasses().that()
			.doNotHaveFullyQualifiedName(SolrIndex.class.getName())
			.should()
			.callMethodWhere(DescribedPredicate.describe("a write of a SolrClient",
					call -> call.getTargetOwner().isAssignableTo(SolrClient.class) && SOLR_WRITES.contains(call.getName())))
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName(UpdateRequest.class.getName())
			.check(MOSTY);
	}

	/**
	 * One owner for auditing: the services that act (registration, editing, reindex, user
	 * administration) record what they did in the audit log; a controller never writes it, so an
	 * upload is recorded the same way whether it came through the API, the pages or an import.
	 */
	@Test
	void onlyServicesWriteTheAuditLog() {
		noClasses().that(CONTROLLERS)
			.should()
			.callMethod(AuditLog.class, "record", String.class, String.class, String.class, String.class)
			.check(MOSTY);
	}

	/**
	 * Names that are the same thing in two modules: thumbnails are made by the indexer
	 * ({@code indexer.thumbnails}) and served by the API ({@code thumbnails}); the search is
	 * answered by search-api's {@code search} and shown by its page, {@code web.search}.
	 */
	private static final Set<String> SHARED_NAMES = Set.of("thumbnails", "search");

	/**
	 * A package name means one thing across the reactor: no two modules have packages of the same
	 * last name for different things (the indexer's "documents" was registration and the API's was
	 * reading; the indexer's "jobs" was the reindex job and the API's the dashboard).
	 */
	@Test
	void aPackageNameMeansOneThing() {
		Map<String, Set<String>> modulesByName = new TreeMap<>();
		for (JavaClass type : MOSTY) {
			String name = type.getPackageName().substring(type.getPackageName().lastIndexOf('.') + 1);
			modulesByName.computeIfAbsent(name, key -> new TreeSet<>()).add(module(type));
		}
		modulesByName.keySet().removeAll(SHARED_NAMES);
		assertThat(modulesByName).as("package names used in more than one module").allSatisfy((name, modules) ->
				assertThat(modules).as(name).hasSize(1));
	}

	/** The web module by feature: the application at its root, every other class in one of these. */
	private static final Set<String> WEB_FEATURES = Set.of("org.mosty.web", "org.mosty.web.search",
			"org.mosty.web.document", "org.mosty.web.editor", "org.mosty.web.account", "org.mosty.web.layout",
			"org.mosty.web.i18n", "org.mosty.web.bulkimport", "org.mosty.web.alerts", "org.mosty.web.reader");

	/** The pages are by feature: search, document, editor, account, layout, i18n (and the import command). */
	@Test
	void theWebModuleIsByFeature() {
		Set<String> packages = new TreeSet<>();
		for (JavaClass type : MOSTY) {
			if (module(type).equals("web")) {
				packages.add(type.getPackageName());
			}
		}
		assertThat(packages).isSubsetOf(WEB_FEATURES);
		assertThat(MOSTY.stream().filter(type -> type.getPackageName().equals("org.mosty.web")).map(JavaClass::getSimpleName))
			.as("the web module's root holds the application only")
			.containsOnly("MostyApplication", "package-info");
	}

	/** An HTML element in a Java string literal or text block: {@code "<li class=...", "</a>"}. */
	private static final Pattern HTML_IN_STRING = Pattern.compile(
			"\"(?:[^\"\\\\\\n]|\\\\.)*</?(?:a|article|body|br|button|div|dd|dl|dt|fieldset|footer|form|h[1-6]|head|header"
					+ "|html|input|label|legend|li|link|main|mark|meta|nav|ol|option|p|section|select|span|summary|details"
					+ "|table|td|th|tr|ul|script|style|img)[\\s>/]");

	/**
	 * Every page is a template: no HTML in the web module's Java strings (the search page, its
	 * header and footer were written in Java until issue 20). Reads the sources, since a compiled
	 * class does not say which of its strings are markup.
	 */
	@Test
	void noHtmlInJavaStrings() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					if (HTML_IN_STRING.matcher(lines.get(i)).find()) {
						found.add(source + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
				}
			}
		}
		assertThat(found).as("HTML written in Java strings").isEmpty();
	}

	@Test
	void theHtmlRuleFindsHtml() {
		assertThat(HTML_IN_STRING.matcher("out.append(\"<li class=\\\"hit\\\">\");").find()).isTrue();
		assertThat(HTML_IN_STRING.matcher("return \"</a>\";").find()).isTrue();
		assertThat(HTML_IN_STRING.matcher("return \"redirect:/documents/\" + id;").find()).isFalse();
		assertThat(HTML_IN_STRING.matcher("/** The {@code <li>} of a hit. */").find()).isFalse();
	}

	/**
	 * Public classes that no other package of the main code uses, kept public on purpose: what
	 * is started or loaded by name (the application, Solr's plug-in), and the seams that tests
	 * and generators in other packages use.
	 */
	private static final Set<String> PUBLIC_BY_DESIGN = Set.of("org.mosty.web.MostyApplication",
			"org.mosty.solr.translation.MatchedViaComponent", "org.mosty.solr.Lexicon",
			"org.mosty.solr.places.UkrainianLatin", "org.mosty.solr.client.SolrClientConfiguration",
			"org.mosty.indexer.extraction.PipesTextExtractor", "org.mosty.indexer.imports.Inbox",
			"org.mosty.indexer.ingest.IngestProperties", "org.mosty.indexer.samples.SampleLibrary",
			"org.mosty.indexer.reindex.ReindexCollectionBuilt", "org.mosty.security.UserAccounts");

	/**
	 * Internals are package-private: a public class is one another package uses (itself or a type
	 * nested in it), or is on the short list of {@link #PUBLIC_BY_DESIGN}.
	 */
	@Test
	void internalsArePackagePrivate() {
		List<String> needlesslyPublic = new ArrayList<>();
		for (JavaClass type : MOSTY) {
			if (type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC)
					&& !PUBLIC_BY_DESIGN.contains(type.getName()) && !usedByAnotherPackage(type)) {
				needlesslyPublic.add(type.getName());
			}
		}
		assertThat(needlesslyPublic).as("public classes no other package uses").isEmpty();
	}

	private static boolean usedByAnotherPackage(JavaClass type) {
		return MOSTY.stream()
			.filter(candidate -> candidate.equals(type) || candidate.getName().startsWith(type.getName() + "$"))
			.flatMap(member -> member.getDirectDependenciesToSelf().stream())
			.anyMatch(dependency -> !dependency.getOriginClass().getPackageName().equals(type.getPackageName()));
	}

	/**
	 * Each module owns its tables: its migrations are in {@code db/migration/<module>/} of its own
	 * jar (the indexer's catalogue, audit log and organisations; search-api's users), none loose in
	 * {@code db/migration/}. Flyway finds them all through the one location {@code db/migration}.
	 */
	@Test
	void eachModuleOwnsItsMigrations() throws IOException {
		Resource[] migrations = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/*.sql");
		assertThat(migrations).as("migrations on the class path").hasSizeGreaterThanOrEqualTo(6);
		Map<String, String> folderByScript = new TreeMap<>();
		for (Resource migration : migrations) {
			String where = migration.getURL().toString();
			String path = where.substring(where.lastIndexOf("db/migration/") + "db/migration/".length());
			String folder = path.contains("/") ? path.substring(0, path.indexOf('/')) : "(none)";
			folderByScript.put(path, folder);
			// the module from the jar or classes folder only, not from the folder being checked
			assertThat(folder).as("the folder of %s", where)
				.isEqualTo(moduleAt(where.substring(0, where.lastIndexOf("db/migration/"))));
		}
		assertThat(folderByScript.values()).contains("indexer", "search-api");
	}

	/**
	 * Settings are validated {@code @ConfigurationProperties} records, each in the module that uses
	 * it ({@code MostyProperties}, the data folder, is the one every module shares); nothing reads a
	 * property by name with {@code @Value}.
	 */
	@Test
	void settingsAreRecordsNotValues() {
		noClasses().should()
			.dependOnClassesThat()
			.belongToAnyOf(Value.class)
			.because("a setting is a field of a validated @ConfigurationProperties record")
			.check(MOSTY);
	}

	static final String BEGIN = "<!-- generated by ArchitectureTests: packages -->";

	static final String END = "<!-- end of generated packages -->";

	/**
	 * docs/architecture.md's package map is the code's: every package of every module with the
	 * packages it uses, written by this test. Run it with {@code -Dmosty.architecture.write=true}
	 * to rewrite the map after moving code; without, a stale map fails the build.
	 */
	@Test
	void theArchitectureDocumentShowsThePackagesAsTheyAre() throws IOException {
		Path doc = Path.of("..", "docs", "architecture.md");
		String text = Files.readString(doc, StandardCharsets.UTF_8);
		int begin = text.indexOf(BEGIN);
		int end = text.indexOf(END);
		assertThat(begin).as("the markers in docs/architecture.md").isNotNegative().isLessThan(end);
		String expected = text.substring(0, begin + BEGIN.length()) + "\n" + packageMap() + text.substring(end);
		if (Boolean.getBoolean("mosty.architecture.write") && !text.equals(expected)) {
			Files.writeString(doc, expected, StandardCharsets.UTF_8);
			text = expected;
		}
		assertThat(text).as("docs/architecture.md is stale: run ArchitectureTests with -Dmosty.architecture.write=true")
			.isEqualTo(expected);
	}

	/** Per module, each package and the other packages of Mosty it uses (names without "org.mosty."). */
	static String packageMap() {
		Map<String, Map<String, Set<String>>> modules = new TreeMap<>(Comparator.comparing(ArchitectureTests::moduleOrder));
		for (JavaClass type : MOSTY) {
			String from = type.getPackageName();
			Set<String> uses = modules.computeIfAbsent(module(type), key -> new TreeMap<>())
				.computeIfAbsent(from, key -> new TreeSet<>());
			for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
				String to = dependency.getTargetClass().getBaseComponentType().getPackageName();
				if (to.startsWith("org.mosty") && !to.equals(from)) {
					uses.add(shortName(to));
				}
			}
		}
		StringBuilder out = new StringBuilder();
		modules.forEach((module, packages) -> {
			out.append("\n").append(module).append(":\n\n```\n");
			packages.forEach((name, uses) -> out.append(shortName(name))
				.append(uses.isEmpty() ? "" : " -> " + String.join(", ", uses))
				.append('\n'));
			out.append("```\n");
		});
		return out.append('\n').toString();
	}

	private static final List<String> MODULES = List.of("solr-config", "indexer", "search-api", "web");

	private static int moduleOrder(String module) {
		return MODULES.indexOf(module);
	}

	/** The module a class was built in, from where it was read (a module's jar or classes folder); web's own are last. */
	private static String module(JavaClass type) {
		return moduleAt(type.getSource().map(source -> source.getUri().toString()).orElse(""));
	}

	/** The module whose jar or classes folder {@code where} (a class or resource address) is in; web's own are last. */
	private static String moduleAt(String where) {
		for (String module : MODULES.subList(0, MODULES.size() - 1)) {
			if (where.contains("/" + module + "/") || where.contains("/" + module + "-")) {
				return module;
			}
		}
		return "web";
	}

	private static String shortName(String packageName) {
		return packageName.equals("org.mosty") ? "(root)" : packageName.substring("org.mosty.".length());
	}
}
