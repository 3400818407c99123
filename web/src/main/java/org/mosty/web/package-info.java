/**
 * The runnable application ({@link org.mosty.web.MostyApplication}). The pages are by feature:
 * {@code search} (the search page), {@code document} (a document's page), {@code editor} (the
 * editors' pages), {@code account} (signing in and the pages' security chain), {@code layout}
 * (the page model every page shares, the error pages), {@code i18n} (the UI language, plural
 * forms, formats, problem messages) and {@code bulkimport} (the import command). Every page is a
 * Thymeleaf template under {@code templates/} in a folder of the same name.
 */
package org.mosty.web;
