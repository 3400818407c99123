/** A document's page: metadata, download, related documents, citations, the editor's box ({@code templates/document}). */
package org.mosty.web.document;
