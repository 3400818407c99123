package org.mosty.operations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Access to the actuator endpoints ({@code mosty.operations.*}).
 *
 * @param metricsRole the role that may read {@code /actuator/prometheus} (HTTP Basic), {@code ADMIN}
 *     by default; {@code /actuator/health} is public and shows details to admins only
 */
@Validated
@ConfigurationProperties("mosty.operations")
record OperationsProperties(
		@NotBlank @Pattern(regexp = "MEMBER|EDITOR|ADMIN") @DefaultValue("ADMIN") String metricsRole) {
}
