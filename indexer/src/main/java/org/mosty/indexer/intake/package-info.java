/** Taking new publications into the library. */
package org.mosty.indexer.intake;
