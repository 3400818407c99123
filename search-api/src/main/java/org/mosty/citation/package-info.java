/**
 * Citations of one document (BibTeX, RIS, CSL-JSON) and exports of a whole result set (CSV,
 * BibTeX, RIS), all UTF-8, each entry with the document's permalink.
 */
package org.mosty.citation;
