package org.mosty.web.i18n;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The message bundles as the application configures them ({@code spring.messages.*}), for unit tests. */
public final class TestMessages {

	private TestMessages() {
	}

	public static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "web-messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
