/** Text extraction from uploaded files. */
package org.mosty.indexer.extraction;
