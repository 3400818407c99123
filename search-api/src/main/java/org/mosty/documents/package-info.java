/** The document catalogue over HTTP. */
package org.mosty.documents;
