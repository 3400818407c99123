package org.mosty.indexer.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mosty.indexer.catalogue.AccessLevel;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.DocumentMetadata;
import org.mosty.indexer.catalogue.LanguageVersions;
import org.mosty.indexer.ingest.IngestLauncher;
import org.mosty.indexer.intake.DocumentRegistration;
import org.mosty.testing.TestDataDirs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 19, language versions: editors link translations into one group, readers see the other
 * versions their access allows, and two changes of one group made at once both hold (the first
 * holds its locks on a latch while the second starts).
 */
@SpringBootTest
class TranslationLinksIntegrationTests {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("mosty.data-dir", () -> TestDataDirs.fresh("translation-links"));
		registry.add("mosty.samples", () -> "false");
		registry.add("mosty.ingest.poll-interval", () -> "0s");
	}

	private static final Set<AccessLevel> READER = EnumSet.of(AccessLevel.PUBLIC);

	private static final Set<AccessLevel> EVERYONE = EnumSet.allOf(AccessLevel.class);

	@Autowired
	TranslationLinks links;

	@Autowired
	LanguageVersions versions;

	@Autowired
	DocumentRegistration registration;

	@Autowired
	Catalogue catalogue;

	@Autowired
	IngestLauncher ingest;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	private final ExecutorService background = Executors.newSingleThreadExecutor();

	@AfterEach
	void stop() {
		background.shutdownNow();
	}

	@Test
	void linkedDocumentsAreEachOthersVersionsAsTheReaderMaySeeThem() throws Exception {
		String pl = register("Ochrona czasowa – poradnik", "pl", AccessLevel.PUBLIC);
		String uk = register("Тимчасовий захист – порадник", "uk", AccessLevel.PUBLIC);
		String en = register("Temporary protection – a guide", "en", AccessLevel.PUBLIC);
		String draft = register("Temporary protection – internal draft", "en", AccessLevel.RESTRICTED);
		untilIdle();

		links.link(pl, uk, "editor");
		links.link(en, uk, "editor");
		links.link(draft, pl, "editor");

		assertThat(versions.of(pl, READER)).extracting(LanguageVersions.Version::id).containsExactly(en, uk);
		assertThat(versions.of(uk, READER)).extracting(LanguageVersions.Version::language).containsExactly("en", "pl");
		assertThat(versions.of(pl, EVERYONE)).extracting(LanguageVersions.Version::id).containsExactlyInAnyOrder(en, uk, draft);
		assertThat(versions.of(draft, READER)).extracting(LanguageVersions.Version::id).containsExactly(en, pl, uk);
		assertThat(versions.of(List.of(pl, en), READER)).containsOnlyKeys(pl, en);
		assertThat(versions.of(pl, Set.of())).isEmpty();
	}

	@Test
	void leavingAGroupOfTwoUndoesIt() throws Exception {
		String a = register("Raport A", "pl", AccessLevel.PUBLIC);
		String b = register("Report B", "en", AccessLevel.PUBLIC);
		String c = register("Звіт C", "uk", AccessLevel.PUBLIC);
		untilIdle();
		links.link(a, b, "editor");
		links.link(b, c, "editor");

		assertThat(links.unlink(b, "editor")).isTrue();
		assertThat(versions.of(a, READER)).extracting(LanguageVersions.Version::id).containsExactly(c);
		assertThat(versions.group(b)).isEmpty();
		assertThat(links.unlink(c, "editor")).isTrue();
		assertThat(versions.group(a)).isEmpty();
		assertThat(links.unlink(a, "editor")).isFalse();
	}

	@Test
	void twoGroupsLinkedBecomeOne() throws Exception {
		String a = register("Raport A2", "pl", AccessLevel.PUBLIC);
		String b = register("Report B2", "en", AccessLevel.PUBLIC);
		String c = register("Звіт C2", "uk", AccessLevel.PUBLIC);
		String d = register("Report D2", "en", AccessLevel.PUBLIC);
		untilIdle();
		links.link(a, b, "editor");
		links.link(c, d, "editor");
		links.link(b, c, "editor");

		assertThat(versions.of(a, READER)).extracting(LanguageVersions.Version::id).containsExactlyInAnyOrder(b, c, d);
	}

	@Test
	void noDocumentIsItsOwnVersionAndBothMustExist() {
		assertThatThrownBy(() -> links.link("01AAAAAAAAAAAAAAAAAAAAAAAA", "01AAAAAAAAAAAAAAAAAAAAAAAA", "editor"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> links.link("01AAAAAAAAAAAAAAAAAAAAAAAA", "01BBBBBBBBBBBBBBBBBBBBBBBB", "editor"))
			.isInstanceOf(EditorialException.class);
	}

	@Test
	void aLinkMadeWhileAnotherHoldsTheGroupJoinsIt() throws Exception {
		String a = register("Raport A3", "pl", AccessLevel.PUBLIC);
		String b = register("Report B3", "en", AccessLevel.PUBLIC);
		String c = register("Звіт C3", "uk", AccessLevel.PUBLIC);
		untilIdle();
		whileHeld(() -> links.link(a, b, "editor-1"),
				() -> links.link(c, b, "editor-2")); // waits for b's lock, then sees the first link

		assertThat(versions.of(a, READER)).extracting(LanguageVersions.Version::id).containsExactlyInAnyOrder(b, c);
		assertThat(versions.group(a)).isEqualTo(versions.group(c)).isPresent();
	}

	/**
	 * A document leaves a group of two while another document is joining it: the join holds its
	 * transaction open (it has locked the whole group), the leaving starts and waits for a lock,
	 * then the join commits. The leaving then sees three members and takes only itself out; had it
	 * counted the members committed before the join (one left), it would have taken the joined
	 * document's partner out too.
	 */
	@Test
	void aDocumentLeavingWhileAnotherJoinsKeepsTheJoin() throws Exception {
		String a = register("Raport A4", "pl", AccessLevel.PUBLIC);
		String b = register("Report B4", "en", AccessLevel.PUBLIC);
		String c = register("Звіт C4", "uk", AccessLevel.PUBLIC);
		untilIdle();
		links.link(a, b, "editor");
		whileHeld(() -> links.link(c, b, "editor-1"), () -> links.unlink(a, "editor-2"));

		assertThat(versions.group(a)).isEmpty();
		assertThat(versions.of(b, READER)).extracting(LanguageVersions.Version::id).containsExactly(c);
		assertThat(versions.of(c, READER)).extracting(LanguageVersions.Version::id).containsExactly(b);
	}

	/**
	 * Runs {@code held} in a transaction kept open until {@code meanwhile}, started on another
	 * thread, waits for one of its locks; then commits it, and waits for both to end.
	 */
	private void whileHeld(Runnable held, Runnable meanwhile) throws Exception {
		CountDownLatch holds = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		Future<?> first = background.submit(() -> transaction.executeWithoutResult(status -> {
			held.run();
			holds.countDown();
			await(commit);
		}));
		assertThat(holds.await(1, TimeUnit.MINUTES)).isTrue();
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			Future<?> second = other.submit(meanwhile);
			untilASessionWaitsForALock();
			commit.countDown();
			first.get(1, TimeUnit.MINUTES);
			second.get(1, TimeUnit.MINUTES);
		}
		finally {
			other.shutdownNow();
		}
	}

	/** Until a database session waits for a row lock another holds (H2 names its blocker); no time is asserted. */
	private void untilASessionWaitsForALock() {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (jdbc.sql("select count(*) from information_schema.sessions where blocker_id is not null")
			.query(Long.class)
			.single() == 0) {
			assertThat(System.nanoTime()).as("the second change never waited for a lock").isLessThan(deadline);
			Thread.onSpinWait();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void untilIdle() {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (catalogue.hasPending() && System.nanoTime() < deadline) {
			ingest.runNow();
		}
		assertThat(catalogue.pendingIds()).isEmpty();
	}

	/** Texts long enough for language detection to name the document's language. */
	private static final java.util.Map<String, String> TEXTS = java.util.Map.of("pl",
			"Osoby objęte ochroną czasową mogą pracować bez zezwolenia i korzystać z opieki zdrowotnej na takich samych zasadach jak obywatele.",
			"uk", "Особи, які мають тимчасовий захист, можуть працювати без дозволу та користуватися медичною допомогою на тих самих умовах, що й громадяни.",
			"en", "People under temporary protection may work without a permit and use health care on the same terms as citizens of the country.");

	private String register(String title, String language, AccessLevel access) {
		String text = title + ". " + TEXTS.get(language);
		return registration.register(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				title.replaceAll("[^A-Za-z0-9]", "") + ".txt", new DocumentMetadata(title, "report", access, List.of(),
						null, 2025, null, null, null, null, language, null, null, null, null, null, null, null))
			.id();
	}
}
