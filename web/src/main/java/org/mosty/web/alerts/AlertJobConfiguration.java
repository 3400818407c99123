package org.mosty.web.alerts;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;

import org.mosty.indexer.catalogue.Arrivals;
import org.mosty.saved.SavedSearches;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code alertJob}: {@code composeAlerts} (for each user with a due saved search, what arrived,
 * written as one e-mail together with the watermarks it moves, a chunk of users per transaction),
 * then {@code sendAlerts} (the unsent e-mails, through SMTP). The job parameter {@value #AT} is
 * the run's time: a failed run restarted keeps it, and users done before the failure are no
 * longer due, so nothing is listed twice; a failed send fails the step, and the restart (or the
 * next run) sends what is left.
 */
@Configuration(proxyBeanMethods = false)
class AlertJobConfiguration {

	static final String JOB = "alertJob";

	/** The job parameter: the run's time, an ISO-8601 instant. */
	static final String AT = "at";

	static final int USERS_PER_CHUNK = 20;

	@Bean
	Job alertJob(JobRepository jobRepository, Step composeAlerts, Step sendAlerts) {
		return new JobBuilder(JOB, jobRepository).start(composeAlerts).next(sendAlerts).build();
	}

	@Bean
	Step composeAlerts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SavedSearches saved, AlertProperties properties, AlertComposer composer, AlertWriter writer) {
		DueUsers reader = new DueUsers(saved, properties, composer);
		return new StepBuilder("composeAlerts", jobRepository).<String, UserAlert>chunk(USERS_PER_CHUNK)
			.transactionManager(transactionManager)
			.reader(reader)
			.processor(username -> composer.compose(username, reader.at(), reader.changes()))
			.writer(writer)
			.listener(reader)
			.build();
	}

	@Bean
	Step sendAlerts(JobRepository jobRepository, PlatformTransactionManager transactionManager, AlertSender sender) {
		return new StepBuilder("sendAlerts", jobRepository).tasklet((contribution, context) -> {
			AlertSender.Outcome outcome = sender.sendPending();
			contribution.incrementWriteCount(outcome.sent());
			if (outcome.failed() > 0) {
				throw new IllegalStateException(outcome.failed() + " alert e-mails could not be sent; they stay "
						+ "waiting and the restarted or next run sends them");
			}
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	/**
	 * The users with a due saved search when the step starts, and what changed in the catalogue
	 * since the oldest of their watermarks (a restarted step asks again).
	 */
	static final class DueUsers implements ItemReader<String>, StepExecutionListener {

		private final SavedSearches saved;

		private final AlertProperties properties;

		private final AlertComposer composer;

		private Instant at;

		private Arrivals.Changes changes;

		private Iterator<String> users = List.<String>of().iterator();

		DueUsers(SavedSearches saved, AlertProperties properties, AlertComposer composer) {
			this.saved = saved;
			this.properties = properties;
			this.composer = composer;
		}

		@Override
		public void beforeStep(StepExecution stepExecution) {
			at = Instant.parse(stepExecution.getJobParameters().getString(AT));
			users = saved.usersDue(at, properties.slack()).iterator();
			changes = composer.changes(at);
		}

		Instant at() {
			return at;
		}

		Arrivals.Changes changes() {
			return changes;
		}

		@Override
		public String read() {
			return users.hasNext() ? users.next() : null;
		}
	}
}
