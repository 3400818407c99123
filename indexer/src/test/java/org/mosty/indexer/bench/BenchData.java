package org.mosty.indexer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.github.f4b6a3.ulid.UlidCreator;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.SolrInputDocument;
import org.mosty.indexer.catalogue.Catalogue;
import org.mosty.indexer.catalogue.CatalogueDocument;
import org.mosty.indexer.ingest.SolrDocumentFactory;
import org.mosty.indexer.catalogue.DocumentStatus;
import org.mosty.indexer.organizations.Organizations;
import org.mosty.indexer.samples.SampleLibrary;
import org.mosty.testing.IngestAwait;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmarks' data set, made once and kept (by default in {@code target/bench-data}): a
 * Mosty data folder whose catalogue holds the sample library (ingested through the real ingest
 * job) plus generated documents ({@link DocumentGenerator}) with their kept text, and whose Solr
 * home ({@code <data-dir>/solr}) holds their index (Mosty's own Solr documents). Reused
 * while its description file says the same document count and seed.
 */
final class BenchData {

	static final long SEED = 20261121L;

	private static final String DESCRIPTION = "bench-data.properties";

	/** Written when making a set starts, removed when it is done: a set that stopped half-made is resumed. */
	private static final String PARTIAL = "bench-data.partial";

	/** Generated documents made again at a resume: more than Solr may not have committed at a crash. */
	private static final int REDO = 5_000;

	private final Path dataDir;

	private final int generated;

	private final boolean detectOnce;

	/**
	 * @param detectOnce whether making the set runs {@code reindexJob} once, which detects the
	 *     generated documents' languages and keeps the detections, as ingest does for real ones
	 */
	BenchData(Path dataDir, int generated, boolean detectOnce) {
		this.dataDir = dataDir.toAbsolutePath().normalize();
		this.generated = generated;
		this.detectOnce = detectOnce;
	}

	Path dataDir() {
		return dataDir;
	}

	Path solrHome() {
		return dataDir.resolve("solr");
	}

	boolean ready() throws IOException {
		return describes(dataDir.resolve(DESCRIPTION));
	}

	/**
	 * The SHA-256 of the configset (every file but solrconfig.xml, in path order): an index made under another
	 * schema or other analysis data (a field added, an analyser changed, the lexicon's or the
	 * glossary's rules regenerated) is made again rather than measured as if it were current.
	 * {@code solrconfig.xml} is left out: it holds query-time settings (handlers, caches) and how
	 * segments are written, neither of which changes what is indexed, and a million-document set
	 * takes most of an hour to make again.
	 */
	static String schemaDigest() throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			List<Path> files;
			try (Stream<Path> walk = Files.walk(BenchSolr.CONFIGSET)) {
				files = walk.filter(Files::isRegularFile)
					.filter(file -> !file.getFileName().toString().equals("solrconfig.xml"))
					.sorted()
					.toList();
			}
			for (Path file : files) {
				digest.update(BenchSolr.CONFIGSET.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
				digest.update(Files.readAllBytes(file));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The documents in the index (samples plus generated), as recorded when the set was made. */
	long documents() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(dataDir.resolve(DESCRIPTION))) {
			properties.load(in);
		}
		return Long.parseLong(properties.getProperty("documents"));
	}

	/** Makes the data set unless a matching one exists. */
	void ensure(Path library) throws Exception {
		if (ready()) {
			System.out.printf(Locale.ROOT, "Data set: reusing %s (%d documents)%n", dataDir, documents());
			return;
		}
		boolean resume = describes(dataDir.resolve(PARTIAL));
		System.out.printf(Locale.ROOT, "Data set: %s %s: sample library + %,d generated documents%n",
				resume ? "resuming" : "making", dataDir, generated);
		if (!resume) {
			FileSystemUtils.deleteRecursively(dataDir);
			Files.createDirectories(dataDir);
			describe(dataDir.resolve(PARTIAL), null);
		}
		ParagraphPool pool = ParagraphPool.load(library);
		System.out.printf(Locale.ROOT, "  paragraphs from %s: %s%n", library, pool.sizes());
		try (BenchSolr solr = BenchSolr.start(solrHome(), List.of("mosty"), List.of());
				ConfigurableApplicationContext context = BenchContext.start(dataDir, solr.baseUrl(),
						"--spring.datasource.url=" + makingUrl())) {
			long started = System.nanoTime();
			int done = 0;
			if (resume) {
				done = new JdbcTemplate(context.getBean(DataSource.class))
					.queryForObject("select count(*) from document where file_name like 'bench-%'", Integer.class);
				System.out.printf(Locale.ROOT, "  %,d generated documents are in the catalogue; going on from %,d%n",
						done, Math.max(0, done - REDO));
			}
			else {
				int samples = context.getBean(SampleLibrary.class).register();
				IngestAwait.untilIdle(context, Duration.ofMinutes(10));
				System.out.printf(Locale.ROOT, "  sample library: %d documents ingested in %.1f s%n", samples,
						seconds(started));
			}
			started = System.nanoTime();
			insert(context, pool, solr.baseUrl(), done);
			context.getBean(SolrClient.class).commit();
			if (detectOnce) {
				long detecting = System.nanoTime();
				BenchContext.reindex(context);
				System.out.printf(Locale.ROOT, "  languages detected and kept (one reindexJob run) in %.1f s%n",
						seconds(detecting));
			}
			long documents = context.getBean(Catalogue.class).count(DocumentStatus.INDEXED);
			System.out.printf(Locale.ROOT, "  catalogue and index: %,d documents in %.1f s%n", documents,
					seconds(started));
			describe(dataDir.resolve(DESCRIPTION), documents);
			Files.delete(dataDir.resolve(PARTIAL));
			BenchContext.shutDownCatalogue(context);
		}
	}

	/**
	 * At a resume: the generator brought to where the catalogue ends (it is deterministic), and the
	 * last {@value #REDO} generated documents sent to Solr again (their rows are in the catalogue,
	 * but Solr may not have committed them when the run stopped).
	 */
	private static void resend(JdbcTemplate jdbc, DocumentGenerator generator, Catalogue catalogue,
			SolrDocumentFactory factory, SolrClient solr, int done) throws Exception {
		int from = Math.max(0, done - REDO);
		for (int i = 0; i < from; i++) {
			generator.next();
		}
		java.util.Map<String, String> ids = new java.util.HashMap<>();
		jdbc.query("select file_name, id from document where file_name >= ? and file_name < ?",
				row -> {
					ids.put(row.getString(1), row.getString(2));
				}, String.format(Locale.ROOT, "bench-%06d.txt", from), String.format(Locale.ROOT, "bench-%06d.txt", done));
		List<SolrInputDocument> again = new ArrayList<>();
		for (int i = from; i < done; i++) {
			DocumentGenerator.Generated doc = generator.next();
			String id = ids.get(String.format(Locale.ROOT, "bench-%06d.txt", i));
			again.add(solrDocument(catalogue, factory, id, doc));
			if (again.size() == 1000 || i == done - 1) {
				solr.add(again);
				again = new ArrayList<>();
			}
		}
		solr.commit();
	}

	/** A generated document's Solr document, from its catalogue row and the languages the generator knows. */
	private static SolrInputDocument solrDocument(Catalogue catalogue, SolrDocumentFactory factory, String id,
			DocumentGenerator.Generated doc) {
		CatalogueDocument entry = catalogue.findById(id).orElseThrow();
		return factory.build(entry, entry.contentType(), 1, doc.text(), doc.profile());
	}

	/**
	 * The catalogue's address while the set is made: H2 as the application opens it, but kept open
	 * while no connection is (DB_CLOSE_DELAY) and without compacting its file in the background.
	 * Twice a million-document set stopped at 360,000-366,000 documents with "The database has been closed"
	 * from H2, a 3.6 GB file that opened fine afterwards.
	 */
	private String makingUrl() {
		return "jdbc:h2:file:" + dataDir.resolve("db").resolve("mosty")
				+ ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0;DB_CLOSE_DELAY=-1;AUTO_COMPACT_FILL_RATE=0";
	}

	private void describe(Path file, Long documents) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("generated", Integer.toString(generated));
		properties.setProperty("seed", Long.toString(SEED));
		properties.setProperty("schema", schemaDigest());
		if (documents != null) {
			properties.setProperty("documents", Long.toString(documents));
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			properties.store(out, "bench/run data set (issue 9)");
		}
	}

	/** Whether a description file is there and names this set's size, seed and schema. */
	private boolean describes(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			return false;
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		}
		return Integer.toString(generated).equals(properties.getProperty("generated"))
				&& Long.toString(SEED).equals(properties.getProperty("seed"))
				&& schemaDigest().equals(properties.getProperty("schema"));
	}

	/**
	 * Writes the generated documents into the catalogue (rows and kept text, as ingest leaves them)
	 * and their Solr documents, made by Mosty's {@link SolrDocumentFactory} with the languages the
	 * generator knows (so making the set does not spend minutes in language detection), in batches
	 * to the Solr server.
	 */
	private void insert(ConfigurableApplicationContext context, ParagraphPool pool, String solrUrl, int done)
			throws Exception {
		Catalogue catalogue = context.getBean(Catalogue.class);
		SolrDocumentFactory factory = context.getBean(SolrDocumentFactory.class);
		// its own client: on a busy machine a batch can take longer than the application's 30 s limit
		try (SolrClient solr = new HttpJdkSolrClient.Builder(solrUrl).useHttp1_1(true)
			.withConnectionTimeout(5, TimeUnit.SECONDS)
			.withRequestTimeout(10, TimeUnit.MINUTES)
			.withDefaultCollection("mosty")
			.build()) {
			insert(context, pool, catalogue, factory, solr, done);
		}
	}

	private void insert(ConfigurableApplicationContext context, ParagraphPool pool, Catalogue catalogue,
			SolrDocumentFactory factory, SolrClient solr, int done) throws Exception {
		long started = System.nanoTime();
		DataSource dataSource = context.getBean(DataSource.class);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		JsonMapper json = context.getBean(JsonMapper.class);
		Organizations organizations = context.getBean(Organizations.class);
		DocumentGenerator.ORGANIZATIONS.forEach(organizations::learn);
		DocumentGenerator generator = new DocumentGenerator(pool, SEED);
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		if (done > 0) {
			resend(jdbc, generator, catalogue, factory, solr, done);
		}
		Instant base = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(400));
		// five minutes apart, or closer for a larger set, so every document was made in the last 400 days
		long spacing = Math.min(300L, Duration.ofDays(400).toSeconds() / Math.max(1, generated));
		int batch = 1000;
		// Solr analyses the batches on two threads while this one generates and writes the catalogue:
		// a million documents sent one batch at a time would keep one core idle for an hour
		ExecutorService senders = Executors.newFixedThreadPool(2);
		Semaphore inFlight = new Semaphore(3);
		List<Future<?>> sent = new ArrayList<>();
		try {
			for (int from = done; from < generated; from += batch) {
				List<Object[]> documents = new ArrayList<>();
				List<Object[]> texts = new ArrayList<>();
				List<DocumentGenerator.Generated> made = new ArrayList<>();
				List<String> ids = new ArrayList<>();
				for (int i = from; i < Math.min(generated, from + batch); i++) {
					DocumentGenerator.Generated doc = generator.next();
					String id = UlidCreator.getMonotonicUlid().toString();
					byte[] bytes = doc.text().getBytes(StandardCharsets.UTF_8);
					Timestamp at = Timestamp.from(base.plusSeconds(i * spacing));
					documents.add(new Object[] { id, String.format(Locale.ROOT, "bench-%06d.txt", i), bytes.length,
							HexFormat.of().formatHex(sha.digest(bytes)), "text/plain; charset=UTF-8",
							doc.metadata().title(), doc.metadata().access().name(), json.writeValueAsString(doc.metadata()),
							doc.language(), String.join(",", doc.languages()), doc.text().length(), at, at, at });
					texts.add(new Object[] { id, doc.text() });
					made.add(doc);
					ids.add(id);
				}
				insertRows(transaction, jdbc, documents, texts);
				List<SolrInputDocument> solrDocuments = new ArrayList<>();
				for (int i = 0; i < made.size(); i++) {
					DocumentGenerator.Generated doc = made.get(i);
					solrDocuments.add(solrDocument(catalogue, factory, ids.get(i), doc));
				}
				inFlight.acquire();
				sent.add(senders.submit(() -> {
					try {
						solr.add(solrDocuments);
					}
					finally {
						inFlight.release();
					}
					return null;
				}));
				int sofar = Math.min(generated, from + batch);
				if (sofar % 10_000 == 0 || sofar == generated) {
					for (Future<?> future : sent) {
						future.get();
					}
					sent.clear();
					System.out.printf(Locale.ROOT, "  %,d of %,d documents (%.0f docs/s)%n", sofar, generated,
							(sofar - done) / seconds(started));
				}
			}
			for (Future<?> future : sent) {
				future.get();
			}
		}
		finally {
			senders.shutdownNow();
		}
	}

	/**
	 * One batch's catalogue rows and kept text in one transaction. H2 reports a failed batch row
	 * by row behind the batch exception; the first such cause is printed, or the run would end
	 * with no reason.
	 */
	private static void insertRows(TransactionTemplate transaction, JdbcTemplate jdbc, List<Object[]> documents,
			List<Object[]> texts) {
		try {
			transaction.executeWithoutResult(status -> {
				jdbc.batchUpdate("""
						insert into document (id, file_name, size_bytes, sha256, content_type, title, access_level,
						                      metadata, status, language, languages, pages, text_chars, created_at,
						                      updated_at, indexed_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, 'INDEXED', ?, ?, 1, ?, ?, ?, ?)
						""", documents);
				jdbc.batchUpdate("insert into document_text (document_id, content) values (?, ?)", texts);
			});
		}
		catch (org.springframework.dao.DataAccessException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof java.sql.SQLException sql && sql.getNextException() != null) {
					System.err.println("The catalogue refused a batch; the first row's reason:");
					sql.getNextException().printStackTrace();
					break;
				}
			}
			throw ex;
		}
	}

	static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}
}
