package org.mosty.web.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.mosty.saved.SavedSearches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/**
 * Writes each user's alert in the chunk's transaction: the watermarks move (each only if its
 * saved search is as the job read it; one its owner changed meanwhile is left for the next run)
 * and the e-mail of what the moved ones found is stored. Both or neither, so a crash never loses
 * a document and never lists one twice.
 */
@Component
class AlertWriter implements ItemWriter<UserAlert> {

	private static final Logger log = LoggerFactory.getLogger(AlertWriter.class);

	private final SavedSearches saved;

	private final AlertLetter letters;

	private final AlertMails mails;

	private final Clock clock = Clock.systemUTC();

	AlertWriter(SavedSearches saved, AlertLetter letters, AlertMails mails) {
		this.saved = saved;
		this.letters = letters;
		this.mails = mails;
	}

	@Override
	public void write(Chunk<? extends UserAlert> chunk) {
		for (UserAlert alert : chunk) {
			List<UserAlert.Section> moved = new ArrayList<>();
			for (UserAlert.Section section : alert.sections()) {
				if (saved.advance(section.search(), alert.until())) {
					moved.add(section);
				}
				else {
					log.info("alertJob: saved search {} changed while its alert was made; the next run has it",
							section.search().id());
				}
			}
			AlertLetter.Letter letter = letters.write(alert.username(), moved);
			if (letter != null) {
				mails.add(alert.username(), alert.email(), letter.lang(), letter.subject(), letter.text(), letter.html(),
						letter.unsubscribe(), letter.documents(), Instant.now(clock));
			}
		}
	}
}
