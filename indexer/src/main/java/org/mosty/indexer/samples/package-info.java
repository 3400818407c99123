/** The sample library loaded on the first start. */
package org.mosty.indexer.samples;
