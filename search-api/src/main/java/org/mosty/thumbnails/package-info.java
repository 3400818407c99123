/** First-page thumbnails of PDF documents, cached in the data folder. */
package org.mosty.thumbnails;
