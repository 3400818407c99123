package org.mosty.indexer.language;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Loads Lingua's language models (lazily loaded on first use: several seconds on two cores)
 * on a background thread once the application is ready, by detecting a few texts of the kinds
 * ingest sees: the first upload then does not pay for them, and startup does not wait for them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LanguageProperties.class)
class LanguageModelsWarmUp {

	private static final Logger log = LoggerFactory.getLogger(LanguageModelsWarmUp.class);

	/** Short and long texts in each script, so the models both text lengths use are loaded. */
	static final String[] TEXTS = { "Pomoc prawna", "Правова допомога", "Legal aid for refugees",
			"Fundacja prowadzi bezpłatne konsultacje prawne dla osób, które przyjechały z Ukrainy po lutym 2022 roku, "
					+ "i pomaga w sprawach legalizacji pobytu oraz zatrudnienia.",
			"Фонд проводить безкоштовні юридичні консультації для людей, які приїхали з України після лютого 2022 року, "
					+ "і допомагає з легалізацією перебування та працевлаштуванням.",
			"The foundation offers free legal advice to people who came from Ukraine after February 2022 and helps "
					+ "with residence, work permits and family benefits.",
			"Imię ojca / Father's name / Ім'я батька / Имя отца" };

	private final LanguageDetection detection;

	private final LanguageProperties properties;

	LanguageModelsWarmUp(LanguageDetection detection, LanguageProperties properties) {
		this.detection = detection;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUpInTheBackground() {
		if (!properties.warmUp()) {
			return;
		}
		Thread thread = new Thread(this::warmUp, "mosty-language-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	void warmUp() {
		long started = System.nanoTime();
		for (String text : TEXTS) {
			detection.detectWithMargin(text);
		}
		log.info("Language models loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}
}
