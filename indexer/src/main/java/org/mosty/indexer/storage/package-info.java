/** Content-addressed storage of original files. */
package org.mosty.indexer.storage;
