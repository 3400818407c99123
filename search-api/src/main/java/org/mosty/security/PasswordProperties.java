package org.mosty.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How passwords are hashed ({@code mosty.security.*}).
 *
 * @param bcryptStrength bcrypt's cost, 4 to 16 (10 by default; each step doubles the time). A stored
 *     hash carries its own cost, so a change affects new passwords only; tests lower it
 */
@Validated
@ConfigurationProperties("mosty.security")
record PasswordProperties(@DefaultValue("10") @Min(4) @Max(16) int bcryptStrength) {
}
