package org.mosty.security;

import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The first administrator.
 *
 * @param password the password of user {@code admin} (environment variable
 *     {@code MOSTY_ADMIN_PASSWORD}); when absent, one is generated and printed once
 */
@Validated
@ConfigurationProperties("mosty.admin")
record AdminProperties(@Size(min = 8, max = 72, message = "must have 8 to 72 characters") String password) {
}
