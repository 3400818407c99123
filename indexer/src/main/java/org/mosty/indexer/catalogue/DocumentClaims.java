package org.mosty.indexer.catalogue;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The claims that let several workers on one database share the ingest work (issue 7). A worker
 * claims a few PENDING documents at a time: {@code SELECT … FOR UPDATE SKIP LOCKED} picks rows no
 * other worker is claiming at that moment, and a conditional {@code UPDATE} signs them with the
 * worker id, so a document is claimed by one worker only (both statements run on H2 2.4 and
 * PostgreSQL). A claim is a lease: the worker renews the claims it holds every quarter of
 * {@code mosty.ingest.claim-timeout}; a worker that died stops renewing and its documents become
 * claimable again once the lease has expired, while a run that ends, failed or not, releases the
 * unfinished documents it held at once. A worker restarted under the same id takes back the
 * claims of its dead predecessor at once (they are older than its own start). A document done
 * (INDEXED or FAILED) keeps {@code claimed_by} (who did it) but loses {@code claimed_at}, so when it
 * goes back to PENDING (a new version, a retry) it is claimable at once.
 */
@Component
public class DocumentClaims implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DocumentClaims.class);

	private static final String CLAIMABLE = """
			status = 'PENDING' and withdrawn_at is null
			and (claimed_at is null or claimed_at < :expired or (claimed_by = :worker and claimed_at < :started))""";

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final ClaimSettings properties;

	private final Clock clock;

	private final Instant started;

	private final Set<String> held = ConcurrentHashMap.newKeySet();

	private ScheduledExecutorService renewal;

	public DocumentClaims(JdbcClient jdbc, PlatformTransactionManager transactions, ClaimSettings properties) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		// a claim is committed at once, whatever chunk transaction the reader runs in
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.properties = properties;
		this.clock = Clock.systemUTC();
		this.started = now();
	}

	/** This worker's id. */
	public String workerId() {
		return properties.workerId();
	}

	/** Whether some document is PENDING and not claimed by a live worker. */
	public boolean hasClaimable() {
		return jdbc.sql("select id from document where " + CLAIMABLE + " fetch first 1 rows only")
			.param("worker", workerId())
			.param("expired", expiredBefore())
			.param("started", Timestamp.from(started))
			.query(String.class)
			.optional()
			.isPresent();
	}

	/**
	 * Claims up to {@code max} claimable documents, oldest first, for this worker, in a transaction
	 * of its own. They are held, renewed and released with the documents claimed before that are
	 * still PENDING: a chunk can span several claims when a claim finds fewer than {@code max}.
	 * @return the ids claimed, oldest first; empty when nothing is left
	 */
	public List<String> claim(int max) {
		List<String> claimed = ownTransaction.execute(status -> {
			Timestamp now = Timestamp.from(now());
			Timestamp expired = expiredBefore();
			List<String> candidates = jdbc.sql("select id from document where " + CLAIMABLE
					+ " order by created_at, id fetch first :max rows only for update skip locked")
				.param("worker", workerId())
				.param("expired", expired)
				.param("started", Timestamp.from(started))
				.param("max", max)
				.query(String.class)
				.list();
			List<String> mine = new ArrayList<>(candidates.size());
			for (String id : candidates) {
				// the condition again: without row locks (or after waiting for one) only one worker wins
				int updated = jdbc.sql("update document set claimed_by = :worker, claimed_at = :now, "
						+ "attempts = attempts + 1 where id = :id and " + CLAIMABLE)
					.param("worker", workerId())
					.param("now", now)
					.param("id", id)
					.param("expired", expired)
					.param("started", Timestamp.from(started))
					.update();
				if (updated == 1) {
					mine.add(id);
				}
			}
			return mine;
		});
		forgetFinished();
		held.addAll(claimed);
		if (!claimed.isEmpty()) {
			log.debug("worker {} claimed {} documents", workerId(), claimed.size());
		}
		return claimed;
	}

	/** Stops holding the documents that are no longer PENDING (written, failed, withdrawn). */
	private void forgetFinished() {
		if (held.isEmpty()) {
			return;
		}
		List<String> unfinished = jdbc
			.sql("select id from document where claimed_by = :worker and status = 'PENDING' and id in (:ids)")
			.param("worker", workerId())
			.param("ids", List.copyOf(held))
			.query(String.class)
			.list();
		held.retainAll(unfinished);
	}

	/**
	 * Lets go of the documents held: the run is over, and those still PENDING (a chunk that failed,
	 * Solr being away) become claimable again at once, by this worker's next run or another
	 * worker, instead of after the lease. If the database cannot be reached either, the lease
	 * expires as after a crash.
	 */
	public void releaseHeld() {
		if (held.isEmpty()) {
			return;
		}
		try {
			int released = jdbc.sql("update document set claimed_at = null where claimed_by = :worker "
					+ "and status = 'PENDING' and id in (:ids)")
				.param("worker", workerId())
				.param("ids", List.copyOf(held))
				.update();
			if (released > 0) {
				log.info("worker {} released {} unfinished documents", workerId(), released);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not release the claims of worker {} (they expire after {}): {}", workerId(),
					properties.claimTimeout(), ex.getMessage());
		}
		finally {
			held.clear();
		}
	}

	/**
	 * Gives back the claim of a document whose ingest result was discarded (a new file, a new claim
	 * meanwhile), in the caller's transaction: it becomes claimable at once, and this run or another
	 * takes it again with what the catalogue holds now.
	 */
	public void giveBack(String id) {
		jdbc.sql("update document set claimed_at = null where id = :id and claimed_by = :worker and status = 'PENDING'")
			.param("id", id)
			.param("worker", workerId())
			.update();
	}

	/** Renews the lease of the documents this worker holds and has not finished yet. */
	public int renew() {
		if (held.isEmpty()) {
			return 0;
		}
		return jdbc.sql("update document set claimed_at = :now where claimed_by = :worker and status = 'PENDING' "
				+ "and id in (:ids)")
			.param("now", Timestamp.from(now()))
			.param("worker", workerId())
			.param("ids", List.copyOf(held))
			.update();
	}

	private Timestamp expiredBefore() {
		return Timestamp.from(now().minus(properties.claimTimeout()));
	}

	private Instant now() {
		// microseconds: what both H2 and PostgreSQL keep
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	@Override
	public void start() {
		renewal = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "mosty-claims");
			thread.setDaemon(true);
			return thread;
		});
		long every = Math.max(250, properties.claimTimeout().toMillis() / 4);
		renewal.scheduleWithFixedDelay(() -> {
			try {
				renew();
			}
			catch (RuntimeException ex) {
				log.warn("Could not renew the claims of worker {}: {}", workerId(), ex.getMessage());
			}
		}, every, every, TimeUnit.MILLISECONDS);
		log.info("Ingest worker {} (claims last {})", workerId(), properties.claimTimeout());
	}

	@Override
	public void stop() {
		if (renewal != null) {
			renewal.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return renewal != null && !renewal.isShutdown();
	}

	@Override
	public int getPhase() {
		// starts before and stops after the ingest launcher (Integer.MAX_VALUE - 1000): renews until its run ends
		return Integer.MAX_VALUE - 1500;
	}
}
