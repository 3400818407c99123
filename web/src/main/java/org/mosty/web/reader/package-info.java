/**
 * The document read in place (issue 19): {@code /documents/{id}/read?q=…&page=N} shows a page of
 * the extracted text with the words the search matched marked (also without JavaScript), and for
 * PDFs the page itself drawn by PDF.js with the same words marked in its text layer.
 */
package org.mosty.web.reader;
