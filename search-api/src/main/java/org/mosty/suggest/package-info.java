/** Prefix suggestions (titles, organisations, topics) over the documents a user may see. */
package org.mosty.suggest;
