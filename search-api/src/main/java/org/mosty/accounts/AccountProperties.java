package org.mosty.accounts;

import java.time.Duration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Reader accounts ({@code mosty.accounts.*}, issue 19).
 *
 * @param registration whether visitors may register READER accounts themselves (confirmed by
 *     e-mail); off by default, as on a closed network an admin creates accounts
 * @param linkValidity how long a confirmation or password-reset link works
 * @param from the sender address of account e-mails
 */
@Validated
@ConfigurationProperties("mosty.accounts")
record AccountProperties(@DefaultValue("false") boolean registration, @DefaultValue("24h") @NotNull Duration linkValidity,
		@DefaultValue("mosty@localhost") @Email @NotBlank String from) {
}
