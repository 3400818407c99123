/** The document catalogue: metadata, status and kept text of every publication. */
package org.mosty.indexer.catalogue;
