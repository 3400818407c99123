package org.mosty.security;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure user {@code admin} exists. Its password comes from {@code MOSTY_ADMIN_PASSWORD};
 * without it, the first start generates one and prints it once (only its hash is kept).
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	static final String ADMIN = "admin";

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final UserAccounts users;

	private final PasswordEncoder encoder;

	private final AdminProperties properties;

	AdminBootstrap(UserAccounts users, PasswordEncoder encoder, AdminProperties properties) {
		this.users = users;
		this.encoder = encoder;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		var existing = users.passwordHash(ADMIN);
		String configured = properties.password();
		if (configured != null && !configured.isBlank()) {
			if (existing.isEmpty() || !encoder.matches(configured, existing.get())) {
				users.save(ADMIN, encoder.encode(configured), Role.ADMIN);
				log.info("User 'admin' has the password from MOSTY_ADMIN_PASSWORD");
			}
			return;
		}
		if (existing.isEmpty()) {
			String generated = generate();
			users.save(ADMIN, encoder.encode(generated), Role.ADMIN);
			String banner = "\n\n    Mosty: created user 'admin' with the generated password  " + generated
					+ "\n    It is shown only this once. Set MOSTY_ADMIN_PASSWORD to choose your own.\n";
			log.warn(banner);
		}
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder(20);
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
