/** Pictures of the first page of PDF files, rendered out of the application's JVM (issue 18). */
package org.mosty.indexer.thumbnails;
