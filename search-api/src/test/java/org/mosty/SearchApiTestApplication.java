package org.mosty;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** search-api with everything below it, as a Spring Boot application for tests. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SearchApiTestApplication {
}
