package org.mosty.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** Gives the search-api module its defaults (problem details, messages, upload limits). */
@Configuration(proxyBeanMethods = false)
@PropertySource(value = "classpath:org/mosty/api/api-defaults.properties", encoding = "UTF-8")
class ApiConfiguration {
}
