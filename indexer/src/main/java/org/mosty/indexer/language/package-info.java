/** Language detection, per segment, with Lingua. */
package org.mosty.indexer.language;
