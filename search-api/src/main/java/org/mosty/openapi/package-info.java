/**
 * The OpenAPI 3.1 document at {@code /v3/api-docs} (and Swagger UI at {@code /swagger-ui.html}):
 * springdoc finds the endpoints; {@link ApiDocumentation} adds what it cannot see (parameters read
 * from the raw request, error shapes, who may call what, examples).
 */
package org.mosty.openapi;
