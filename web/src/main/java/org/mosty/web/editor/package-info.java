/** The editors' pages: the document list, upload and metadata forms, the job runs ({@code templates/editor}). */
package org.mosty.web.editor;
